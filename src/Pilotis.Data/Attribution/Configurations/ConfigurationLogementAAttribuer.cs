using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationLogementAAttribuer : IEntityTypeConfiguration<LogementAAttribuer>
{
    public void Configure(EntityTypeBuilder<LogementAAttribuer> b)
    {
        b.ToTable("LogementsAAttribuer");
        b.HasKey(x => x.Id);
        b.Ignore(x => x.AnneeFlux);
        b.Ignore(x => x.DansLeFlux);
        b.Property(x => x.ExplicationOrientation).HasMaxLength(ConventionFlux.LongueurTexteMaximum);
        b.Property(x => x.MotifDerogation).HasMaxLength(LogementAAttribuer.LongueurMotifMaximum);
        b.HasOne<Logement>().WithMany().HasForeignKey(x => x.LogementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ReservataireId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(x => x.ReservataireProposeId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.LogementId, x.DateDisponibilite });
        // Orientation et pages du flux : les logements d'une année, dans l'ordre de disponibilité.
        b.HasIndex(x => new { x.DateDisponibilite, x.Etape });
        b.HasIndex(x => new { x.ReservataireId, x.DateDisponibilite });
    }
}
