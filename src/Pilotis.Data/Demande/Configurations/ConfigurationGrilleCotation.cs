using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande.Configurations;

internal sealed class ConfigurationGrilleCotation : IEntityTypeConfiguration<GrilleCotation>
{
    public void Configure(EntityTypeBuilder<GrilleCotation> b)
    {
        b.ToTable("GrillesCotation");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Commentaire).HasMaxLength(2000);
        b.Property(x => x.Criteres).EnJson().HasMaxLength(20000);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.EpciSiren, x.Version }).IsUnique();
    }
}
