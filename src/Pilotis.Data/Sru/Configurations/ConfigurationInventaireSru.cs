using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Sru.Configurations;

internal sealed class ConfigurationInventaireSru : IEntityTypeConfiguration<InventaireSru>
{
    public void Configure(EntityTypeBuilder<InventaireSru> b)
    {
        b.ToTable("InventairesSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.Motif).HasMaxLength(500);
        b.Property(x => x.DecretExemption).HasMaxLength(300);
        b.Property(x => x.Source).HasMaxLength(300);
        b.Property(x => x.TauxCible).HasPrecision(5, 4);
        b.Property(x => x.PotentielFiscalParHabitant).HasPrecision(14, 2);
        b.Property(x => x.DepensesReellesFonctionnement).HasPrecision(18, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.Ignore(x => x.Inventaire);
        b.HasIndex(x => new { x.CommuneCode, x.Annee }).IsUnique();
        b.HasIndex(x => new { x.Annee, x.Soumise });
    }
}
