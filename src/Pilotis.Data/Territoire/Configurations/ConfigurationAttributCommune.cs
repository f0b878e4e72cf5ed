using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire.Configurations;

internal sealed class ConfigurationAttributCommune : IEntityTypeConfiguration<AttributCommune>
{
    public void Configure(EntityTypeBuilder<AttributCommune> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.Valeur).HasMaxLength(50);
        b.Property(x => x.Source).HasMaxLength(300);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new
            {
                x.CommuneCode,
                x.Nature,
                x.ValideDepuis,
            })
            .IsUnique();
    }
}
