using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(3);
        b.Property(x => x.Nom).HasMaxLength(100);
    }
}

internal sealed class DepartementConfiguration : IEntityTypeConfiguration<Departement>
{
    public void Configure(EntityTypeBuilder<Departement> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(3);
        b.Property(x => x.Nom).HasMaxLength(100);
        b.Property(x => x.RegionCode).HasMaxLength(3);
    }
}

internal sealed class EpciConfiguration : IEntityTypeConfiguration<Epci>
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

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
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

internal sealed class AttributCommuneConfiguration : IEntityTypeConfiguration<AttributCommune>
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
