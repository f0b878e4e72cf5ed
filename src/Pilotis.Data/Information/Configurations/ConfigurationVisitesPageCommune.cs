using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Information;

namespace Pilotis.Data.Information.Configurations;

internal sealed class ConfigurationVisitesPageCommune : IEntityTypeConfiguration<VisitesPageCommune>
{
    public void Configure(EntityTypeBuilder<VisitesPageCommune> b)
    {
        b.ToTable("VisitesPagesCommunes");
        // Une ligne par commune et par mois : le compteur s'incrémente par un UPDATE sur cette clé.
        b.HasKey(x => new
        {
            x.CommuneCode,
            x.Annee,
            x.Mois,
        });
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.HasIndex(x => new { x.Annee, x.Mois });
    }
}
