using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationPointAccueil : IEntityTypeConfiguration<PointAccueil>
{
    public void Configure(EntityTypeBuilder<PointAccueil> b)
    {
        b.ToTable("PointsAccueil");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Nom).HasMaxLength(PointAccueil.LongueurTexteMaximum);
        b.Property(x => x.Adresse).HasMaxLength(PointAccueil.LongueurTexteMaximum);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.HasIndex(x => x.EpciSiren);
    }
}
