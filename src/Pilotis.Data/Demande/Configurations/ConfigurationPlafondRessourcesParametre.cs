using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande.Configurations;

internal sealed class ConfigurationPlafondRessourcesParametre : IEntityTypeConfiguration<PlafondRessourcesParametre>
{
    public void Configure(EntityTypeBuilder<PlafondRessourcesParametre> b)
    {
        b.ToTable("PlafondsRessources");
        b.HasKey(x => x.Id);
        foreach (
            var p in new[]
            {
                nameof(PlafondRessourcesParametre.Categorie1),
                nameof(PlafondRessourcesParametre.Categorie2),
                nameof(PlafondRessourcesParametre.Categorie3),
                nameof(PlafondRessourcesParametre.Categorie4),
                nameof(PlafondRessourcesParametre.Categorie5),
                nameof(PlafondRessourcesParametre.Categorie6),
                nameof(PlafondRessourcesParametre.ParPersonneSupplementaire),
            }
        )
        {
            b.Property<decimal>(p).HasPrecision(12, 2);
        }
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new
            {
                x.Annee,
                x.Geographie,
                x.Produit,
            })
            .IsUnique();
    }
}
