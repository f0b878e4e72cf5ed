using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationMembreCaleol : IEntityTypeConfiguration<MembreCaleol>
{
    public void Configure(EntityTypeBuilder<MembreCaleol> b)
    {
        b.ToTable("MembresCaleol");
        b.HasKey(x => x.Id);
        b.Ignore(x => x.Votant);
        b.Property(x => x.Nom).HasMaxLength(MembreCaleol.LongueurNomMaximum);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
    }
}
