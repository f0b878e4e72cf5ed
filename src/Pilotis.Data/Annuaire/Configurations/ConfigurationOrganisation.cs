using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Data.Annuaire.Configurations;

internal sealed class ConfigurationOrganisation : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Nom).HasMaxLength(Organisation.LongueurNomMaximum);
        b.Property(x => x.Siren).HasMaxLength(9);
        b.Property(x => x.PerimetreCode).HasMaxLength(9);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.RegionCode).HasMaxLength(3);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.Ignore(x => x.Perimetre);
        b.Ignore(x => x.Localisation);
        b.HasIndex(x => x.Nom);
        b.HasIndex(x => x.DepartementCode);
    }
}
