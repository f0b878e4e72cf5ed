using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Data.Journal.Configurations;

internal sealed class ConfigurationEntreeJournal : IEntityTypeConfiguration<EntreeJournal>
{
    public void Configure(EntityTypeBuilder<EntreeJournal> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Auteur).HasMaxLength(256);
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.Entite).HasMaxLength(100);
        b.Property(x => x.EntiteId).HasMaxLength(200);
        b.HasIndex(x => x.Quand);
        b.HasIndex(x => new { x.Entite, x.EntiteId });
        b.HasIndex(x => x.OrganisationId);
    }
}
