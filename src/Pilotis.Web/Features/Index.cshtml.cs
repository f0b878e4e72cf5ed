using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features;

/// <summary>
/// Accueil : présentation pour le public ; pour un utilisateur, les entrées que son organisation et son rôle ouvrent.
/// </summary>
public sealed class IndexModel(ActeurCourant acteurCourant, PilotisDbContext db) : PageModel
{
    public Acteur? Acteur { get; private set; }
    public Organisation? Organisation { get; private set; }
    public string? NomComplet { get; private set; }
    public string Perimetre { get; private set; } = "";
    public List<CarteAccueil> Cartes { get; } = [];

    public async Task OnGetAsync()
    {
        Acteur = await acteurCourant.LireAsync();
        Organisation = await acteurCourant.OrganisationAsync();
        if (Acteur is null || Organisation is null)
            return;
        NomComplet = User.FindFirst(RevendicationsPilotis.NomComplet)?.Value;
        Perimetre = await LibellePerimetreAsync(Organisation);
        AjouterTerritoire(Organisation);
        await AjouterOperationsAsync(Acteur);
        AjouterSruEtAdministration(Acteur, Organisation);
    }

    /// <summary>Le territoire de l'organisation : sa commune, son intercommunalité ou son département.</summary>
    private void AjouterTerritoire(Organisation organisation)
    {
        Cartes.Add(
            organisation.PerimetreNiveau switch
            {
                NiveauPerimetre.Commune => new(
                    "Ma commune",
                    "Population, intercommunalité, zonages et statut SRU.",
                    $"/territoires/communes/{organisation.PerimetreCode}"
                ),
                NiveauPerimetre.Epci => new(
                    "Mon intercommunalité",
                    "Communes membres, population, zonages.",
                    $"/territoires/epci/{organisation.PerimetreCode}"
                ),
                _ => new(
                    "Mon département",
                    "Communes, intercommunalités et zonages du département.",
                    $"/territoires/departements/{organisation.DepartementCode}"
                ),
            }
        );
    }

    /// <summary>
    /// Opérations et programmation ; pour le bailleur, les demandes de pièces qui attendent sa réponse.
    /// </summary>
    private async Task AjouterOperationsAsync(Acteur acteur)
    {
        if (AccesPages.LireOperations(acteur))
        {
            var porteur = Pilotis.Domain.Production.AccesOperations.EstPorteur(acteur);
            Cartes.Add(
                porteur
                    ? new(
                        "Mes opérations",
                        "Saisir et déposer vos dossiers d'agrément, suivre leur instruction.",
                        "/operations"
                    )
                    : new(
                        "Opérations",
                        "Les opérations de logement social du territoire, de la programmation à la clôture.",
                        "/operations"
                    )
            );
            Cartes.Add(
                new(
                    "Programmation pluriannuelle",
                    "Opérations à venir par année (N, N+1, N+2), maturité et risque de glissement ; "
                        + "objectifs et consolidation.",
                    "/programmation"
                )
            );
            if (porteur)
            {
                // Les demandes de pièces de l'instructeur qui attendent la réponse du bailleur (seed 000, question 1).
                var miennes = db.Operations.Where(
                    Pilotis.Domain.Production.AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Modifier)
                );
                var attente = await db.DemandesComplement.CountAsync(d =>
                    d.Reponse == null && miennes.Any(o => o.Id == d.OperationId)
                );
                if (attente > 0)
                {
                    Cartes.Insert(
                        0,
                        new(
                            $"{attente} demande(s) de pièces en attente",
                            "L'instructeur attend des pièces ou informations sur vos dossiers : "
                                + "répondez depuis le dossier.",
                            "/programmation#demandes"
                        )
                    );
                }
            }
        }
    }

    /// <summary>SRU, puis comptes, organisations et journal selon le rôle et la table des habilitations.</summary>
    private void AjouterSruEtAdministration(Acteur acteur, Organisation organisation)
    {
        if (AccesPages.LireSru(acteur))
        {
            Cartes.Add(
                organisation.PerimetreNiveau == NiveauPerimetre.Commune
                    ? new(
                        "Ma situation SRU",
                        "Taux, logements manquants, objectif triennal, prélèvement et dépenses déductibles.",
                        $"/sru/communes/{organisation.PerimetreCode}"
                    )
                    : new(
                        "Loi SRU",
                        "Les communes soumises : taux, déficits, objectifs, prélèvements, carence ; "
                            + "simulateur des réformes.",
                        "/sru"
                    )
            );
        }
        if (acteur.Role == Role.Administrateur)
        {
            Cartes.Add(
                new(
                    "Utilisateurs",
                    "Inviter, désactiver et gérer les comptes de votre organisation.",
                    "/admin/utilisateurs"
                )
            );
            Cartes.Add(
                new(
                    "Organisations",
                    Habilitations.PorteeAccordee(acteur, Ressource.Organisations, Acte.Modifier) >= Portee.Departement
                        ? "Les acteurs du département : créer, modifier, désactiver."
                        : "La fiche de votre organisation.",
                    "/admin/organisations"
                )
            );
        }
        if (AccesPages.LireJournal(acteur))
        {
            Cartes.Add(
                new(
                    "Journal des modifications",
                    "Qui a modifié quoi, quand, avec les valeurs avant et après.",
                    "/admin/journal"
                )
            );
        }
    }

    private async Task<string> LibellePerimetreAsync(Organisation o) =>
        o.PerimetreNiveau switch
        {
            NiveauPerimetre.Commune => await db
                .Communes.Where(c => c.Code == o.PerimetreCode)
                .Select(c => c.Nom)
                .FirstOrDefaultAsync()
                ?? o.PerimetreCode,
            NiveauPerimetre.Epci => await db
                .Epcis.Where(e => e.Siren == o.PerimetreCode)
                .Select(e => e.Nom)
                .FirstOrDefaultAsync()
                ?? o.PerimetreCode,
            NiveauPerimetre.Departement => await db
                .Departements.Where(d => d.Code == o.PerimetreCode)
                .Select(d => d.Nom + " (" + d.Code + ")")
                .FirstOrDefaultAsync()
                ?? o.PerimetreCode,
            NiveauPerimetre.Region => await db
                .Regions.Where(r => r.Code == o.PerimetreCode)
                .Select(r => r.Nom)
                .FirstOrDefaultAsync()
                ?? o.PerimetreCode,
            _ => "France entière",
        };
}
