using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationObjectifCia : IEntityTypeConfiguration<ObjectifCia>
{
    public void Configure(EntityTypeBuilder<ObjectifCia> b)
    {
        b.ToTable("ObjectifsCia");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.PartEnQpv).HasPrecision(5, 4);
        b.Property(x => x.Source).HasMaxLength(ObjectifCia.LongueurSourceMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        // Une ligne par EPCI et par année (CCH L441-1 : l'objectif de la CIA, pour l'année).
        b.HasIndex(x => new { x.EpciSiren, x.Annee }).IsUnique();
    }
}
