using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Information.Configurations;

internal sealed class ConfigurationActionConcertation : IEntityTypeConfiguration<ActionConcertation>
{
    public void Configure(EntityTypeBuilder<ActionConcertation> b)
    {
        b.ToTable("ActionsConcertation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Questions).HasMaxLength(ActionConcertation.LongueurTexteMaximum);
        b.Property(x => x.Issue).HasMaxLength(ActionConcertation.LongueurTexteMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.OperationId, x.Date });
        b.HasIndex(x => x.Date);
        b.HasOne<Operation>().WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Cascade);
    }
}
