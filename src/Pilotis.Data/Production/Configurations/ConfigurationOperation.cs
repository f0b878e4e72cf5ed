using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationOperation : IEntityTypeConfiguration<Operation>
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
        b.Property(x => x.Motif).HasMaxLength(Operation.LongueurMotifMaximum);
        b.Property(x => x.ChargeFonciere).HasPrecision(14, 2);
        b.Property(x => x.CoutBatiment).HasPrecision(14, 2);
        b.Property(x => x.Honoraires).HasPrecision(14, 2);
        b.Property(x => x.Vrd).HasPrecision(14, 2);
        b.Property(x => x.CompletudeAuDepot).HasPrecision(5, 4);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => x.Numero).IsUnique();
        // Les listes d'un département et son lissage partent de ses opérations : parcours d'index seul (PostgreSQL,
        // INCLUDE).
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
