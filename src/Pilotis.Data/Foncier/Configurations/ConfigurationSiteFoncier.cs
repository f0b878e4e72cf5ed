using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Foncier.Configurations;

internal sealed class ConfigurationSiteFoncier : IEntityTypeConfiguration<SiteFoncier>
{
    public void Configure(EntityTypeBuilder<SiteFoncier> b)
    {
        b.ToTable("SitesFonciers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Identifiant).HasMaxLength(SiteFoncier.LongueurIdentifiantMaximum);
        b.Property(x => x.Nom).HasMaxLength(SiteFoncier.LongueurNomMaximum);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.RegionCode).HasMaxLength(3);
        b.Property(x => x.Parcelles).HasMaxLength(SiteFoncier.LongueurParcellesMaximum);
        b.Property(x => x.Longitude).HasPrecision(9, 6);
        b.Property(x => x.Latitude).HasPrecision(9, 6);
        b.Property(x => x.Geometrie).HasMaxLength(SiteFoncier.LongueurGeometrieMaximum);
        b.Property(x => x.Observations).HasMaxLength(SiteFoncier.LongueurObservationsMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        // L'identifiant est la clé des réimports de l'observatoire d'un EPCI.
        b.HasIndex(x => new { x.EpciSiren, x.Identifiant }).IsUnique();
        b.HasIndex(x => new { x.DepartementCode, x.Statut });
        b.HasIndex(x => x.CommuneCode);
        b.HasIndex(x => x.PorteurId);
        // Une opération est réalisée sur un seul site de l'observatoire.
        b.HasIndex(x => x.OperationId).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.PorteurId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Idus);
        b.Ignore(x => x.Localise);
    }
}
