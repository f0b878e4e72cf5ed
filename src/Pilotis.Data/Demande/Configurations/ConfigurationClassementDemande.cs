using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande.Configurations;

/// <summary>
/// Index de classement (ADR 0020) : une ligne par demande active et commune souhaitée. L'index composite sert
/// « demandes souhaitant cette commune, meilleur score d'abord » dans l'ordre de <see cref="OrdreClassement"/> ; sur
/// PostgreSQL il porte aussi typologies, produits et taille du ménage pour filtrer sans lire la table.
/// </summary>
internal sealed class ConfigurationClassementDemande : IEntityTypeConfiguration<ClassementDemande>
{
    public void Configure(EntityTypeBuilder<ClassementDemande> b)
    {
        b.ToTable("ClassementsDemandes");
        b.HasKey(x => new { x.DemandeId, x.Rang });
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.HasIndex(x => new
            {
                x.CommuneCode,
                x.CleScore,
                x.DateDepot,
                x.DemandeId,
            })
            .IsDescending(false, true, false, false)
            .IncludeProperties(x => new
            {
                x.TypologiesSouhaitees,
                x.ProduitsEligibles,
                x.NombrePersonnes,
            });
        // Pas de clé étrangère vers Demandes : la table est dérivée, reconstruite en masse (ADR 0020) ; une ligne
        // orpheline est écartée par la jointure sur la demande active.
    }
}
