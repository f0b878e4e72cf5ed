using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>
/// Les habilitations des revues de projets (Ressource.RevuesProjets) appliquées aux revues et aux difficultés :
/// une revue vit sur le territoire de son EPCI ; une difficulté sur celui de son opération (le bailleur voit celles de
/// ses propres opérations). Les listes filtrent en SQL ce que <see cref="Habilitations.Autorise"/> accepterait.
/// </summary>
public static class AccesRevues
{
    /// <summary>
    /// Lieu d'une revue : l'EPCI et le département qui l'anime (la région est lue dans le référentiel).
    /// </summary>
    public static async Task<Cible> CibleAsync(PilotisDbContext db, RevueProjets r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(r);
        var region = await db
            .Departements.AsNoTracking()
            .Where(d => d.Code == r.DepartementCode)
            .Select(d => d.RegionCode)
            .FirstOrDefaultAsync(ct);
        return Cible(r.EpciSiren, r.DepartementCode, region);
    }

    /// <summary>Lieu d'une revue, la région de son département connue.</summary>
    public static Cible Cible(string epciSiren, string departementCode, string? regionCode) =>
        new(null, new Localisation(null, epciSiren, departementCode, regionCode));

    /// <summary>Les revues que l'acteur peut lire.</summary>
    public static async Task<IQueryable<RevueProjets>> VisiblesAsync(
        PilotisDbContext db,
        Acteur acteur,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(acteur);
        var revues = db.RevuesProjets.AsNoTracking();
        var departement = acteur.DepartementCode;
        var region = acteur.RegionCode;
        var code = acteur.Perimetre.Code;
        switch (Habilitations.PorteeAccordee(acteur, Ressource.RevuesProjets, Acte.Lire))
        {
            case Portee.Departement:
                return revues.Where(r => r.DepartementCode == departement);
            case Portee.Region:
                return revues.Where(r =>
                    db.Departements.Any(d => d.Code == r.DepartementCode && d.RegionCode == region)
                );
            case Portee.Perimetre:
                switch (acteur.Perimetre.Niveau)
                {
                    case NiveauPerimetre.National:
                        return revues;
                    case NiveauPerimetre.Region:
                        return revues.Where(r =>
                            db.Departements.Any(d => d.Code == r.DepartementCode && d.RegionCode == code)
                        );
                    case NiveauPerimetre.Departement:
                        return revues.Where(r => r.DepartementCode == code);
                    case NiveauPerimetre.Epci:
                        return revues.Where(r => r.EpciSiren == code);
                    case NiveauPerimetre.Commune:
                        var epci = await db
                            .Communes.AsNoTracking()
                            .Where(c => c.Code == code && c.Type == Pilotis.Domain.Territoire.TypeCommune.Actuelle)
                            .Select(c => c.EpciSiren)
                            .FirstOrDefaultAsync(ct);
                        return revues.Where(r => r.EpciSiren == epci);
                    default:
                        return revues.Where(r => false);
                }
            default:
                // Un bailleur ne lit pas les revues elles-mêmes, seulement les difficultés de ses opérations.
                return revues.Where(r => false);
        }
    }

    /// <summary>Animer les revues (créer, décider, remonter, clore) : la DDT(M) sur son département.</summary>
    public static bool PeutAnimer(Acteur? acteur, Cible cible) =>
        acteur is not null
        && Habilitations.PorteeAccordee(acteur, Ressource.RevuesProjets, Acte.Modifier) >= Portee.Departement
        && Habilitations.Autorise(acteur, Ressource.RevuesProjets, Acte.Modifier, cible);

    /// <summary>Les difficultés dont l'acteur peut lire l'opération au titre des revues de projets.</summary>
    public static IQueryable<Difficulte> DifficultesVisibles(PilotisDbContext db, Acteur acteur)
    {
        ArgumentNullException.ThrowIfNull(db);
        var operations = db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.RevuesProjets, Acte.Lire));
        return db.Difficultes.AsNoTracking().Where(d => operations.Any(o => o.Id == d.OperationId));
    }

    /// <summary>Le nom affiché de l'utilisateur, pour « signalée par » et la frise.</summary>
    public static string Auteur(ClaimsPrincipal utilisateur)
    {
        ArgumentNullException.ThrowIfNull(utilisateur);
        var nom = utilisateur.FindFirst(RevendicationsPilotis.NomComplet)?.Value
            ?? utilisateur.Identity?.Name
            ?? "inconnu";
        return nom.Length > 256 ? nom[..256] : nom;
    }

    /// <summary>Un événement « difficulté » sur la frise de l'opération.</summary>
    public static EvenementOperation Evenement(
        int operationId,
        string libelle,
        string? detail,
        string auteur,
        DateTimeOffset quand
    ) =>
        new()
        {
            OperationId = operationId,
            Quand = quand,
            Type = TypeEvenement.Difficulte,
            Libelle = libelle,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
            Auteur = auteur,
        };

    public static string Date(DateOnly? d) => d is DateOnly x ? x.ToString("dd/MM/yyyy", Affichage.Fr) : "—";
}
