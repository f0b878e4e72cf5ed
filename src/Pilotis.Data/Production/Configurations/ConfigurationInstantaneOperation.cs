using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationInstantaneOperation : IEntityTypeConfiguration<InstantaneOperation>
{
    public void Configure(EntityTypeBuilder<InstantaneOperation> b)
    {
        b.ToTable("InstantanesOperation");
        b.HasKey(x => x.Id);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OperationId, x.Phase });
    }
}
