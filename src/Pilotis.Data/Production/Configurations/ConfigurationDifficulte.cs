using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationDifficulte : IEntityTypeConfiguration<Difficulte>
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
