using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationExigenceDepot : IEntityTypeConfiguration<ExigenceDepot>
{
    public void Configure(EntityTypeBuilder<ExigenceDepot> b)
    {
        b.ToTable("ExigencesDepot");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.Code).HasMaxLength(50);
        b.Property(x => x.Libelle).HasMaxLength(200);
        b.Property(x => x.Natures).HasMaxLength(300);
        b.Property(x => x.Produits).HasMaxLength(100);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.DepartementCode, x.Code }).IsUnique();
    }
}
