using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationEcheanceDepot : IEntityTypeConfiguration<EcheanceDepot>
{
    public void Configure(EntityTypeBuilder<EcheanceDepot> b)
    {
        b.ToTable("EcheancesDepot");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.Libelle).HasMaxLength(100);
        b.Property(x => x.Commentaire).HasMaxLength(500);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.DepartementCode, x.Annee });
    }
}
