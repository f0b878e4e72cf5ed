using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pilotis.Data.Base.Configurations;

internal sealed class ConfigurationReglage : IEntityTypeConfiguration<Reglage>
{
    public void Configure(EntityTypeBuilder<Reglage> b)
    {
        b.HasKey(x => x.Cle);
        b.Property(x => x.Cle).HasMaxLength(100);
        b.Property(x => x.Valeur).HasMaxLength(1000);
    }
}
