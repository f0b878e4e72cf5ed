using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationRevueProjets : IEntityTypeConfiguration<RevueProjets>
{
    public void Configure(EntityTypeBuilder<RevueProjets> b)
    {
        b.ToTable("RevuesProjets");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.CompteRendu).HasMaxLength(8000);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new
            {
                x.EpciSiren,
                x.Annee,
                x.Numero,
            })
            .IsUnique();
    }
}
