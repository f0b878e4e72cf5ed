using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire.Configurations;

internal sealed class ConfigurationCommune : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.Nom).HasMaxLength(100);
        b.Property(x => x.NomRecherche).HasMaxLength(100);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.RegionCode).HasMaxLength(3);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Siren).HasMaxLength(9);
        b.Property(x => x.CodeParent).HasMaxLength(5);
        b.Property(x => x.CodesPostaux).HasMaxLength(200);
        b.HasIndex(x => new { x.Code, x.Type }).IsUnique();
        b.HasIndex(x => new { x.DepartementCode, x.Type });
        b.HasIndex(x => x.EpciSiren);
        b.HasIndex(x => x.NomRecherche);
    }
}
