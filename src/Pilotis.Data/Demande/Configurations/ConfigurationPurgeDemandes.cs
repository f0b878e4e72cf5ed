using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande.Configurations;

internal sealed class ConfigurationPurgeDemandes : IEntityTypeConfiguration<PurgeDemandes>
{
    public void Configure(EntityTypeBuilder<PurgeDemandes> b)
    {
        b.ToTable("PurgesDemandes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Declencheur).HasMaxLength(200);
    }
}
