using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationPresenceCaleol : IEntityTypeConfiguration<PresenceCaleol>
{
    public void Configure(EntityTypeBuilder<PresenceCaleol> b)
    {
        b.ToTable("PresencesCaleol");
        b.HasKey(x => new { x.SeanceId, x.MembreId });
        b.HasOne<MembreCaleol>().WithMany().HasForeignKey(x => x.MembreId).OnDelete(DeleteBehavior.Restrict);
    }
}
