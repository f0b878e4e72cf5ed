using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Information;

namespace Pilotis.Data.Information.Configurations;

internal sealed class ConfigurationPageCommune : IEntityTypeConfiguration<PageCommune>
{
    public void Configure(EntityTypeBuilder<PageCommune> b)
    {
        b.ToTable("PagesCommunes");
        b.HasKey(x => x.CommuneCode);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.Texte).HasMaxLength(PageCommune.LongueurTexteMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
    }
}
