using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire.Configurations;

internal sealed class ConfigurationEpci : IEntityTypeConfiguration<Epci>
{
    public void Configure(EntityTypeBuilder<Epci> b)
    {
        b.HasKey(x => x.Siren);
        b.Property(x => x.Siren).HasMaxLength(9);
        b.Property(x => x.Nom).HasMaxLength(200);
        b.Property(x => x.Type).HasMaxLength(10);
        b.Property(x => x.ModeFinancement).HasMaxLength(10);
    }
}
