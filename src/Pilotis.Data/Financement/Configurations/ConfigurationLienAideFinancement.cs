using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Financement;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Financement.Configurations;

internal sealed class ConfigurationLienAideFinancement : IEntityTypeConfiguration<LienAideFinancement>
{
    public void Configure(EntityTypeBuilder<LienAideFinancement> b)
    {
        b.ToTable("LiensAidesFinancements");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.LigneFinancementId, x.AideId }).IsUnique();
        b.HasIndex(x => x.AideId);
        b.HasIndex(x => x.OperationId);
        b.HasOne<Aide>().WithMany().HasForeignKey(x => x.AideId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        // La ligne retirée du plan de financement (page de modification de l'opération) emporte son lien.
        b.HasOne<LigneFinancement>()
            .WithMany()
            .HasForeignKey(x => x.LigneFinancementId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
