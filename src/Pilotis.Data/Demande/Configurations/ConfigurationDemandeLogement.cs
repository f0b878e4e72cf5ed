using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande.Configurations;

internal sealed class ConfigurationDemandeLogement : IEntityTypeConfiguration<DemandeLogement>
{
    public const string ColonneEmpreinte = "Empreinte";

    public void Configure(EntityTypeBuilder<DemandeLogement> b)
    {
        b.ToTable("Demandes");
        b.HasKey(x => x.Id);
        b.Property(x => x.NumeroUnique).HasMaxLength(DemandeLogement.LongueurNumeroUniqueMaximum);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.Membres).EnJson().HasMaxLength(4000);
        b.Property(x => x.RevenuFiscalReference).HasPrecision(12, 2);
        b.Property(x => x.RevenuFiscalReferenceN1).HasPrecision(12, 2);
        b.Property(x => x.RessourcesDouzeMois).HasPrecision(12, 2);
        b.Property(x => x.RessourcesRetenues).HasPrecision(12, 2);
        b.Property(x => x.RessourcesMensuelles).HasPrecision(10, 2);
        b.Property(x => x.CommuneResidenceCode).HasMaxLength(5);
        b.Property(x => x.CommuneTravailCode).HasMaxLength(5);
        b.Property(x => x.CommuneAttributionCode).HasMaxLength(5);
        b.Property(x => x.CommunePrincipaleCode).HasMaxLength(5);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.UnitesConsommation).HasPrecision(4, 1);
        b.Property(x => x.RessourcesParUc).HasPrecision(12, 0);
        b.Property(x => x.Score).HasPrecision(9, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        // Empreinte de ce que l'import écrit (ADR 0018) : propriété cachée du modèle, écrite par l'écriture en masse,
        // remise à null par toute autre écriture de la demande (PilotisDbContext, mises à jour ensemblistes).
        b.Property<long?>(ColonneEmpreinte);
        b.Ignore(x => x.EstPurgee);
        b.HasIndex(x => x.NumeroUnique).IsUnique();
        // Listes d'un département et tableaux de bord : département puis statut.
        b.HasIndex(x => new { x.DepartementCode, x.Statut });
        // Registre d'un département dans l'ordre par défaut (dépôts récents d'abord) : la page lit vingt entrées de
        // l'index au lieu de trier tout le département (ADR 0019).
        b.HasIndex(x => new
        {
            x.DepartementCode,
            x.DateDepot,
            x.Id,
        });
        // Demandes similaires (même premier choix de commune et
        // typologie) classées par score : information du demandeur.
        b.HasIndex(x => new
        {
            x.CommunePrincipaleCode,
            x.TypologiePrincipale,
            x.Statut,
            x.Score,
        });
        // Cotation, quartiles et simulation d'une grille : les demandes actives d'un EPCI.
        b.HasIndex(x => new { x.EpciSiren, x.Statut }).IncludeProperties(x => new { x.RessourcesParUc });
        // Échéances : radiations automatiques et purges.
        b.HasIndex(x => new { x.Statut, x.DateFinValidite });
        b.HasIndex(x => new { x.Statut, x.DateRadiation });
        // Cotation à l'instant après un import : les demandes écrites par cet import, retrouvées par leur horodatage
        // sans parcourir tout le registre (ADR 0020).
        b.HasIndex(x => x.ModifieeLe);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.GuichetId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Communes).WithOne().HasForeignKey(c => c.DemandeId).OnDelete(DeleteBehavior.Cascade);
    }
}
