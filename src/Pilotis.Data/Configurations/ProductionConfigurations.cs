using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Configurations;

internal sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> b)
    {
        b.ToTable("Operations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Numero).HasMaxLength(50);
        b.Property(x => x.Nom).HasMaxLength(200);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.RegionCode).HasMaxLength(3);
        b.Property(x => x.Adresse).HasMaxLength(300);
        b.Property(x => x.Motif).HasMaxLength(1000);
        b.Property(x => x.ChargeFonciere).HasPrecision(14, 2);
        b.Property(x => x.CoutBatiment).HasPrecision(14, 2);
        b.Property(x => x.Honoraires).HasPrecision(14, 2);
        b.Property(x => x.Vrd).HasPrecision(14, 2);
        b.Property(x => x.CompletudeAuDepot).HasPrecision(5, 4);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => x.Numero).IsUnique();
        // Les listes d'un département et son lissage partent de ses opérations : parcours d'index seul (PostgreSQL, INCLUDE).
        b.HasIndex(x => x.DepartementCode).IncludeProperties(x => new { x.Id, x.Statut });
        b.HasIndex(x => new { x.BailleurId, x.Statut });
        b.HasIndex(x => x.EpciSiren);
        b.HasIndex(x => x.CommuneCode);
        b.HasIndex(x => new { x.AnneeProgrammation, x.DepartementCode });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.BailleurId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lots).WithOne().HasForeignKey(l => l.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Financements).WithOne().HasForeignKey(l => l.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Evenements).WithOne().HasForeignKey(l => l.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.NombreLogements);
        b.Ignore(x => x.PrixDeRevient);
        b.Ignore(x => x.TotalFinancements);
        b.Ignore(x => x.EcartFinancement);
        b.Ignore(x => x.PlanEquilibre);
        b.Ignore(x => x.SubventionEtat);
        b.Ignore(x => x.Phase);
    }
}

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> b)
    {
        b.ToTable("LotsOperation");
        b.HasKey(x => x.Id);
        b.Property(x => x.SurfaceHabitable).HasPrecision(10, 2);
        b.Property(x => x.SurfaceAnnexes).HasPrecision(10, 2);
        b.Property(x => x.LoyerM2).HasPrecision(6, 2);
        b.Ignore(x => x.SurfaceUtile);
        b.Ignore(x => x.LoyerMensuel);
        b.Ignore(x => x.SommeTypologies);
        b.HasIndex(x => new { x.OperationId, x.Produit }).IsUnique();
        // Le lissage agrège les lots par date d'agrément : index dédié (France entière), et par opération avec les
        // colonnes agrégées incluses (un département : boucle imbriquée sur des parcours d'index seuls).
        b.HasIndex(x => x.DateAgrement);
        b.HasIndex(x => x.OperationId)
            .IncludeProperties(x => new
            {
                x.DateAgrement,
                x.NombreLogements,
                x.Produit,
            });
    }
}

internal sealed class LigneFinancementConfiguration : IEntityTypeConfiguration<LigneFinancement>
{
    public void Configure(EntityTypeBuilder<LigneFinancement> b)
    {
        b.ToTable("FinancementsOperation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Financeur).HasMaxLength(200);
        b.Property(x => x.Montant).HasPrecision(14, 2);
    }
}

internal sealed class EvenementOperationConfiguration : IEntityTypeConfiguration<EvenementOperation>
{
    public void Configure(EntityTypeBuilder<EvenementOperation> b)
    {
        b.ToTable("EvenementsOperation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Libelle).HasMaxLength(300);
        b.Property(x => x.Detail).HasMaxLength(2000);
        b.Property(x => x.Auteur).HasMaxLength(256);
    }
}

internal sealed class InstantaneOperationConfiguration : IEntityTypeConfiguration<InstantaneOperation>
{
    public void Configure(EntityTypeBuilder<InstantaneOperation> b)
    {
        b.ToTable("InstantanesOperation");
        b.HasKey(x => x.Id);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OperationId, x.Phase });
    }
}

internal sealed class ExigenceDepotConfiguration : IEntityTypeConfiguration<ExigenceDepot>
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

internal sealed class DocumentOperationConfiguration : IEntityTypeConfiguration<DocumentOperation>
{
    public void Configure(EntityTypeBuilder<DocumentOperation> b)
    {
        b.ToTable("DocumentsOperation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Piece).HasMaxLength(50);
        b.Property(x => x.NomFichier).HasMaxLength(255);
        b.Property(x => x.Stockage).HasMaxLength(100);
        b.Property(x => x.TypeContenu).HasMaxLength(100);
        b.Property(x => x.DeposePar).HasMaxLength(256);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new
            {
                x.OperationId,
                x.Piece,
                x.Version,
            })
            .IsUnique();
    }
}

internal sealed class DemandeComplementConfiguration : IEntityTypeConfiguration<DemandeComplement>
{
    public void Configure(EntityTypeBuilder<DemandeComplement> b)
    {
        b.ToTable("DemandesComplement");
        b.HasKey(x => x.Id);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.Property(x => x.Pieces).HasMaxLength(500);
        b.Property(x => x.DemandeePar).HasMaxLength(256);
        b.Property(x => x.Reponse).HasMaxLength(2000);
        b.Property(x => x.ReponduePar).HasMaxLength(256);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.Ignore(x => x.Ouverte);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.OperationId);
    }
}

internal sealed class EcheanceDepotConfiguration : IEntityTypeConfiguration<EcheanceDepot>
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

internal sealed class ObjectifProgrammationConfiguration : IEntityTypeConfiguration<ObjectifProgrammation>
{
    public void Configure(EntityTypeBuilder<ObjectifProgrammation> b)
    {
        b.ToTable("ObjectifsProgrammation");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new
            {
                x.Annee,
                x.DepartementCode,
                x.EpciSiren,
                x.Produit,
            })
            .IsUnique();
    }
}

internal sealed class EnveloppeProgrammationConfiguration : IEntityTypeConfiguration<EnveloppeProgrammation>
{
    public void Configure(EntityTypeBuilder<EnveloppeProgrammation> b)
    {
        b.ToTable("EnveloppesProgrammation");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Montant).HasPrecision(14, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new
            {
                x.Annee,
                x.DepartementCode,
                x.EpciSiren,
            })
            .IsUnique();
    }
}

internal sealed class RevueProjetsConfiguration : IEntityTypeConfiguration<RevueProjets>
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

internal sealed class DifficulteConfiguration : IEntityTypeConfiguration<Difficulte>
{
    public void Configure(EntityTypeBuilder<Difficulte> b)
    {
        b.ToTable("Difficultes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.SignaleePar).HasMaxLength(256);
        b.Property(x => x.Resolution).HasMaxLength(2000);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.Ignore(x => x.Ouverte);
        b.Ignore(x => x.Escaladee);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Suivis).WithOne().HasForeignKey(s => s.DifficulteId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OperationId, x.ResolueLe });
    }
}

internal sealed class SuiviDifficulteConfiguration : IEntityTypeConfiguration<SuiviDifficulte>
{
    public void Configure(EntityTypeBuilder<SuiviDifficulte> b)
    {
        b.ToTable("SuivisDifficulte");
        b.HasKey(x => x.Id);
        b.Property(x => x.Decision).HasMaxLength(2000);
        b.Property(x => x.Action).HasMaxLength(500);
        b.Property(x => x.Responsable).HasMaxLength(200);
        b.Property(x => x.Auteur).HasMaxLength(256);
        b.HasOne<RevueProjets>().WithMany().HasForeignKey(x => x.RevueProjetsId).OnDelete(DeleteBehavior.SetNull);
    }
}
