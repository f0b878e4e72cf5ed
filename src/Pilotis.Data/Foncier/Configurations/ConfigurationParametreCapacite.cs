using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Foncier;

namespace Pilotis.Data.Foncier.Configurations;

internal sealed class ConfigurationParametreCapacite : IEntityTypeConfiguration<ParametreCapacite>
{
    public void Configure(EntityTypeBuilder<ParametreCapacite> b)
    {
        b.ToTable("ParametresCapaciteFonciere");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.DensiteLogementsHectare).HasPrecision(7, 2);
        b.Property(x => x.PartLls).HasPrecision(5, 4);
        b.Property(x => x.Source).HasMaxLength(ParametreCapacite.LongueurSourceMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new
        {
            x.EpciSiren,
            x.Zone,
            x.ValideDepuis,
        });
    }
}
