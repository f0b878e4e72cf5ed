using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande.Configurations;

internal sealed class ConfigurationSeuilQuartileOfficiel : IEntityTypeConfiguration<SeuilQuartileOfficiel>
{
    public void Configure(EntityTypeBuilder<SeuilQuartileOfficiel> b)
    {
        b.ToTable("SeuilsQuartileOfficiels");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.Seuil).HasPrecision(12, 0);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.EpciSiren, x.Annee }).IsUnique();
    }
}
