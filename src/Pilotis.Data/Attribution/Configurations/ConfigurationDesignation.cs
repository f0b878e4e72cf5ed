using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationDesignation : IEntityTypeConfiguration<Designation>
{
    public void Configure(EntityTypeBuilder<Designation> b)
    {
        b.ToTable("Designations");
        b.HasKey(x => x.Id);
        b.HasOne<LogementAAttribuer>()
            .WithMany()
            .HasForeignKey(x => x.LogementAAttribuerId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DemandeLogement>().WithMany().HasForeignKey(x => x.DemandeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.DesigneParId).OnDelete(DeleteBehavior.Restrict);
        // Un ménage n'est désigné qu'une fois pour un même logement.
        b.HasIndex(x => new { x.LogementAAttribuerId, x.DemandeId }).IsUnique();
        b.HasIndex(x => x.DemandeId);
    }
}
