using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationReunionCil : IEntityTypeConfiguration<ReunionCil>
{
    public void Configure(EntityTypeBuilder<ReunionCil> b)
    {
        b.ToTable("ReunionsCil");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        // Collection primitive : JSON sous SQLite, tableau sous PostgreSQL ; lue avec sa réunion, jamais filtrée.
        b.PrimitiveCollection(x => x.CommunesRepresentees);
        b.HasIndex(x => new { x.EpciSiren, x.Date });
    }
}
