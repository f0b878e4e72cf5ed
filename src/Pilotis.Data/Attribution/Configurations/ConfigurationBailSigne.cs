using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationBailSigne : IEntityTypeConfiguration<BailSigne>
{
    public void Configure(EntityTypeBuilder<BailSigne> b)
    {
        b.ToTable("BauxSignes");
        b.HasKey(x => x.Id);
        b.Property(x => x.NumeroAttribution).HasMaxLength(BailSigne.LongueurNumeroMaximum);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.RessourcesAnnuellesParUc).HasPrecision(12, 2);
        b.Property(x => x.NumeroUnique).HasMaxLength(BailSigne.LongueurNumeroMaximum);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.BailleurId).OnDelete(DeleteBehavior.Restrict);
        // Chaque bailleur numérote ses attributions : un même numéro chez deux bailleurs désigne deux baux
        // (docs/adr/0015). C'est aussi la clé du réimport.
        b.HasIndex(x => new { x.BailleurId, x.NumeroAttribution }).IsUnique();
        // Requête des objectifs : les baux des communes d'un EPCI signés dans l'année.
        b.HasIndex(x => new { x.CommuneCode, x.DateSignatureBail });
        b.HasOne<Logement>().WithMany().HasForeignKey(x => x.LogementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LogementAAttribuer>()
            .WithMany()
            .HasForeignKey(x => x.LogementAAttribuerId)
            .OnDelete(DeleteBehavior.Restrict);
        // Historique d'un logement (ses baux) ; un logement à attribuer n'a qu'un bail.
        b.HasIndex(x => x.LogementId);
        b.HasIndex(x => x.LogementAAttribuerId).IsUnique();
    }
}
