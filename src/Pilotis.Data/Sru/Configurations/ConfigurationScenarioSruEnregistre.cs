using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Sru.Configurations;

internal sealed class ConfigurationScenarioSruEnregistre : IEntityTypeConfiguration<ScenarioSruEnregistre>
{
    public void Configure(EntityTypeBuilder<ScenarioSruEnregistre> b)
    {
        b.ToTable("ScenariosSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nom).HasMaxLength(200);
        b.Property(x => x.Perimetre).HasMaxLength(3);
        b.Property(x => x.Auteur).HasMaxLength(256);
        b.Property(x => x.TauxCibleUnique).HasPrecision(5, 4);
    }
}
