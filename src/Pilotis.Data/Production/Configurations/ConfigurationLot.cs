using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationLot : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> b)
    {
        b.ToTable("LotsOperation");
        b.HasKey(x => x.Id);
        b.Property(x => x.SurfaceHabitable).HasPrecision(10, 2);
        b.Property(x => x.SurfaceAnnexes).HasPrecision(10, 2);
        b.Property(x => x.LoyerM2).HasPrecision(6, 2);
        b.Ignore(x => x.SurfaceUtile);
        b.Ignore(x => x.LoyerMensuel);
        b.Ignore(x => x.SommeTypologies);
        b.HasIndex(x => new { x.OperationId, x.Produit }).IsUnique();
        // Le lissage agrège les lots par date d'agrément : index dédié (France entière), et par opération avec les
        // colonnes agrégées incluses (un département : boucle imbriquée sur des parcours d'index seuls).
        b.HasIndex(x => x.DateAgrement);
        b.HasIndex(x => x.OperationId)
            .IncludeProperties(x => new
            {
                x.DateAgrement,
                x.NombreLogements,
                x.Produit,
            });
    }
}
