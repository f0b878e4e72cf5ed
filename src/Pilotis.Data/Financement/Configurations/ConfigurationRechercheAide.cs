using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement.Configurations;

internal sealed class ConfigurationRechercheAide : IEntityTypeConfiguration<RechercheAide>
{
    public void Configure(EntityTypeBuilder<RechercheAide> b)
    {
        b.ToTable("RecherchesAides");
        b.HasKey(x => x.Id);
        b.Property(x => x.Texte).HasMaxLength(RechercheAide.LongueurTexteMaximum);
        b.HasIndex(x => x.Jour);
    }
}
