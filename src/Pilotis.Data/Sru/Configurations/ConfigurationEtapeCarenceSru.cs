using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Sru.Configurations;

internal sealed class ConfigurationEtapeCarenceSru : IEntityTypeConfiguration<EtapeCarenceSru>
{
    public void Configure(EntityTypeBuilder<EtapeCarenceSru> b)
    {
        b.ToTable("EtapesCarenceSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.Coefficient).HasPrecision(4, 2);
        b.Property(x => x.Motif).HasMaxLength(1000);
    }
}
