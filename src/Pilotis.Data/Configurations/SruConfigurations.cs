using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Configurations;

internal sealed class InventaireSruConfiguration : IEntityTypeConfiguration<InventaireSru>
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

internal sealed class DepenseDeductibleSruConfiguration : IEntityTypeConfiguration<DepenseDeductibleSru>
{
    public void Configure(EntityTypeBuilder<DepenseDeductibleSru> b)
    {
        b.ToTable("DepensesDeductiblesSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.Libelle).HasMaxLength(300);
        b.Property(x => x.Justificatif).HasMaxLength(300);
        b.Property(x => x.MotifRefus).HasMaxLength(500);
        b.Property(x => x.Montant).HasPrecision(18, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.CommuneCode, x.AnneeDepense });
    }
}

internal sealed class ProcedureCarenceSruConfiguration : IEntityTypeConfiguration<ProcedureCarenceSru>
{
    public void Configure(EntityTypeBuilder<ProcedureCarenceSru> b)
    {
        b.ToTable("ProceduresCarenceSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.CoefficientMajoration).HasPrecision(4, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.CommuneCode, x.DebutPeriode }).IsUnique();
        b.HasMany(x => x.Etapes).WithOne().HasForeignKey(e => e.ProcedureCarenceSruId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EtapeCarenceSruConfiguration : IEntityTypeConfiguration<EtapeCarenceSru>
{
    public void Configure(EntityTypeBuilder<EtapeCarenceSru> b)
    {
        b.ToTable("EtapesCarenceSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.Coefficient).HasPrecision(4, 2);
        b.Property(x => x.Motif).HasMaxLength(1000);
    }
}

internal sealed class ScenarioSruEnregistreConfiguration : IEntityTypeConfiguration<ScenarioSruEnregistre>
{
    public void Configure(EntityTypeBuilder<ScenarioSruEnregistre> b)
    {
        b.ToTable("ScenariosSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nom).HasMaxLength(200);
        b.Property(x => x.Perimetre).HasMaxLength(3);
        b.Property(x => x.Auteur).HasMaxLength(256);
        b.Property(x => x.TauxCibleUnique).HasPrecision(5, 4);
    }
}
