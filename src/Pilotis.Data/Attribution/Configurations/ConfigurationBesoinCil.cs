using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationBesoinCil : IEntityTypeConfiguration<BesoinCil>
{
    public void Configure(EntityTypeBuilder<BesoinCil> b)
    {
        b.ToTable("BesoinsCil");
        b.HasKey(x => x.Id);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Typologie).HasMaxLength(BesoinCil.LongueurCourteMaximum);
        b.Property(x => x.Public).HasMaxLength(BesoinCil.LongueurCourteMaximum);
        b.Property(x => x.Commentaire).HasMaxLength(BesoinCil.LongueurCommentaireMaximum);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // L'EPCI lit les besoins de ses communes ; la commune, les siens.
        b.HasIndex(x => new { x.EpciSiren, x.Date });
        b.HasIndex(x => x.CommuneCode);
    }
}
