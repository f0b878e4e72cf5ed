using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire.Configurations;

internal sealed class ConfigurationDepartement : IEntityTypeConfiguration<Departement>
{
    public void Configure(EntityTypeBuilder<Departement> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(3);
        b.Property(x => x.Nom).HasMaxLength(100);
        b.Property(x => x.RegionCode).HasMaxLength(3);
    }
}
