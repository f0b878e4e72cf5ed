using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationConventionFlux : IEntityTypeConfiguration<ConventionFlux>
{
    public void Configure(EntityTypeBuilder<ConventionFlux> b)
    {
        b.ToTable("ConventionsFlux");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.PartFlux).HasPrecision(5, 2);
        b.Property(x => x.PartAgentsEtat).HasPrecision(5, 2);
        b.Property(x => x.PartT1T2).HasPrecision(5, 2);
        b.Property(x => x.PartT3).HasPrecision(5, 2);
        b.Property(x => x.PartT4Plus).HasPrecision(5, 2);
        b.Property(x => x.TauxRotationReserves).HasPrecision(5, 2);
        b.Property(x => x.Territoires).HasMaxLength(ConventionFlux.LongueurTexteMaximum);
        b.Property(x => x.Contrepartie).HasMaxLength(ConventionFlux.LongueurTexteMaximum);
        b.Property(x => x.ModalitesDesignation).HasMaxLength(ConventionFlux.LongueurTexteMaximum);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.BailleurId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ReservataireId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BailleurId, x.DepartementCode });
        b.HasIndex(x => x.ReservataireId);
    }
}
