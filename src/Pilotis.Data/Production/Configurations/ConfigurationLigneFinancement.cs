using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationLigneFinancement : IEntityTypeConfiguration<LigneFinancement>
{
    public void Configure(EntityTypeBuilder<LigneFinancement> b)
    {
        b.ToTable("FinancementsOperation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Financeur).HasMaxLength(200);
        b.Property(x => x.Montant).HasPrecision(14, 2);
    }
}
