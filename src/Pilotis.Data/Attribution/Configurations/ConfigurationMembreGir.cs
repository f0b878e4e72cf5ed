using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationMembreGir : IEntityTypeConfiguration<MembreGir>
{
    public void Configure(EntityTypeBuilder<MembreGir> b)
    {
        b.ToTable("MembresGir");
        b.HasKey(x => new { x.GroupeId, x.OrganisationId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrganisationId);
    }
}
