using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement.Configurations;

internal sealed class ConfigurationAvisAide : IEntityTypeConfiguration<AvisAide>
{
    public void Configure(EntityTypeBuilder<AvisAide> b)
    {
        b.ToTable("AvisAides");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.AideId, x.Jour }).IsUnique();
        b.HasOne<Aide>().WithMany().HasForeignKey(x => x.AideId).OnDelete(DeleteBehavior.Cascade);
    }
}
