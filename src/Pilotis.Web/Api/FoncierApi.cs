using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Infrastructure;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// L'observatoire foncier en JSON pour les personnes connectées (ADR 0024) : les sites d'un EPCI et ses indicateurs,
/// limités à ce que la table des habilitations ouvre à l'appelant (ressource Foncier).
/// </summary>
public static class FoncierApi
{
    public static void MapFoncierApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/foncier").WithTags("Foncier").RequireAuthorization();

        g.MapGet("/sites", ListerAsync)
            .WithSummary("Sites de l'observatoire foncier d'un EPCI")
            .WithDescription(
                "Paramètres : epci (SIREN, 9 chiffres, obligatoire), statut (facultatif : identifie, en_etude, "
                    + "acquis_porte, en_operation, construit). Seuls les sites que l'appelant peut lire sont rendus "
                    + "(l'EPCI son territoire, l'EPF sa région, la commune les siens, la DDTM le département). "
                    + "parcelles : identifiants de parcelle (IDU, 14 caractères). 400 (problem details en français) "
                    + "pour un paramètre absent ou mal formé ; 404 pour un EPCI inconnu ; 403 sans droit de lecture."
            )
            .Produces<ReponseSitesFonciers>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        g.MapGet("/indicateurs", IndicateursAsync)
            .WithSummary("Indicateurs de l'observatoire foncier d'un EPCI sur la période de son PLH")
            .WithDescription(
                "Paramètres : epci (SIREN, obligatoire), debut et fin (années, facultatives : par défaut l'année en "
                    + "cours et les cinq suivantes, un PLH durant six ans). logementsPotentiels : capacité estimée des "
                    + "sites identifiés, à l'étude ou acquis ; logementsEnOperation et logementsConstruits : logements "
                    + "des opérations liées aux sites en opération, ou construits pendant la période. 400 pour un "
                    + "paramètre mal formé ; 404 pour un EPCI inconnu ; 403 sans droit de lecture."
            )
            .Produces<ReponseIndicateursFonciers>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListerAsync(
        string? epci,
        string? statut,
        PilotisDbContext db,
        ActeurCourant acteurCourant,
        CancellationToken ct
    )
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFoncier(acteur))
            return Refuse();
        if (await LireEpciAsync(epci, db, ct) is { } refus)
            return refus;
        var siren = epci!.Trim();
        var q = db
            .SitesFonciers.AsNoTracking()
            .Where(AccesFoncier.Sites(acteur, Acte.Lire))
            .Where(s => s.EpciSiren == siren);
        if (statut is not null)
        {
            if (!LibellesFoncier.TryStatut(statut, out var s))
                return Invalide(
                    "statut",
                    $"Statut inconnu : « {Francais.Extrait(statut)} ». Valeurs possibles : "
                        + $"{LibellesFoncier.CodesPossibles(LibellesFoncier.Statuts)}."
                );
            q = q.Where(x => x.Statut == s);
        }
        var sites = await q.OrderBy(s => s.Identifiant).ToListAsync(ct);
        var items = sites.Select(Publier).ToList();
        return Results.Ok(new ReponseSitesFonciers(siren, items.Count, items));
    }

    private static SiteFoncierPublie Publier(SiteFoncier s) =>
        new(
            s.Id,
            s.Identifiant,
            s.Nom,
            s.CommuneCode,
            s.Idus.ToList(),
            s.SurfaceM2,
            s.Zone.Code(),
            s.Proprietaire.Code(),
            s.Contraintes.Codes().Split(',', StringSplitOptions.RemoveEmptyEntries),
            s.CapaciteEstimee,
            s.Statut.Code(),
            s.DateStatut,
            s.OperationId,
            s.Longitude,
            s.Latitude,
            s.Geometrie
        );

    private static async Task<IResult> IndicateursAsync(
        string? epci,
        string? debut,
        string? fin,
        PilotisDbContext db,
        ActeurCourant acteurCourant,
        TimeProvider horloge,
        CancellationToken ct
    )
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFoncier(acteur))
            return Refuse();
        if (await LireEpciAsync(epci, db, ct) is { } refus)
            return refus;
        var aujourdhui = Francais.JourAParis(horloge.GetUtcNow());
        var (anneeDebut, erreurDebut) = LireAnneeFacultative(debut, "debut", aujourdhui.Year);
        if (erreurDebut is not null)
            return erreurDebut;
        var (anneeFin, erreurFin) = LireAnneeFacultative(
            fin,
            "fin",
            anneeDebut + IndicateursFonciers.DureePlhAnnees - 1
        );
        if (erreurFin is not null)
            return erreurFin;
        if (anneeFin < anneeDebut)
            return Invalide("fin", "L'année de fin précède l'année de début.");
        var siren = epci!.Trim();
        var (d, f) = IndicateursFonciers.Periode(anneeDebut, anneeFin);
        var i = await RequetesFoncier.IndicateursAsync(db, acteur, siren, d, f, ct);
        var alertes = (await RequetesFoncier.AlertesAsync(db, acteur, aujourdhui, ct)).Count(a => a.EpciSiren == siren);
        return Results.Ok(
            new ReponseIndicateursFonciers(
                siren,
                d,
                f,
                i.Sites,
                i.LogementsPotentiels,
                i.SitesEnOperation,
                i.LogementsEnOperation,
                i.SitesConstruits,
                i.LogementsConstruits,
                i.SitesSansCapacite,
                alertes
            )
        );
    }

    private static IResult Refuse() =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Accès refusé",
            detail: "Votre organisation ne consulte pas l'observatoire foncier."
        );

    /// <summary>Le SIREN de l'EPCI : présent, 9 chiffres, connu du référentiel.</summary>
    private static async Task<IResult?> LireEpciAsync(string? epci, PilotisDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(epci))
            return Invalide("epci", "Le paramètre « epci » est obligatoire (SIREN de l'EPCI, 9 chiffres).");
        var siren = epci.Trim();
        if (siren.Length != 9 || !siren.All(char.IsAsciiDigit))
            return Invalide("epci", $"« {Francais.Extrait(siren)} » n'est pas un SIREN d'EPCI (9 chiffres).");
        if (!await db.Epcis.AnyAsync(e => e.Siren == siren, ct))
            return Introuvable($"Aucun EPCI de SIREN « {siren} ».");
        return null;
    }

    private static (int Annee, IResult? Erreur) LireAnneeFacultative(string? texte, string champ, int parDefaut)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return (parDefaut, null);
        if (
            !int.TryParse(texte.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            || a is < ProductionApi.AnneeMinimale or > ProductionApi.AnneeMaximale
        )
            return (
                0,
                Invalide(
                    champ,
                    $"Le paramètre « {champ} » doit être une année entre {ProductionApi.AnneeMinimale} et "
                        + $"{ProductionApi.AnneeMaximale}, pas « {Francais.Extrait(texte)} »."
                )
            );
        return (a, null);
    }
}
