using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// Statistiques publiques de l'attribution : les objectifs de CCH L441-1 par EPCI et par année (ticket 12, contrat
/// public ; docs/adr/0015). Un seul consommateur : la requête vit ici (ADR 0010).
/// </summary>
public static class AttributionApi
{
    public static void MapAttributionApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/statistiques/attributions").WithTags("Attribution").AllowAnonymous();

        // Lecture déportable vers une réplique (ConnectionStrings:PilotisLecture, ADR 0019).
        g.MapGet("/quotas", async (string? annee, string? epci, LecturePilotis lecture, CancellationToken ct) =>
            {
                var db = lecture.Db;
                var (a, erreur) = ProductionApi.LireAnnee(annee);
                if (erreur is not null)
                    return erreur;
                if (string.IsNullOrWhiteSpace(epci))
                    return Invalide("epci", "Le paramètre « epci » est obligatoire (SIREN de l'EPCI, 9 chiffres).");
                var siren = epci.Trim();
                if (!await db.Epcis.AnyAsync(e => e.Siren == siren, ct))
                    return Introuvable($"Aucun EPCI de SIREN « {Francais.Extrait(siren)} ».");
                var baux = await BauxAsync(db, siren, a, ct);
                var seuil = await RequetesDemande.SeuilQuartileAsync(db, siren, a, ct);
                var resultat = QuotasAttribution.Calculer(baux, seuil.Valeur);
                var cia = await RequetesObjectifsAttribution.ObjectifsCiaAsync(db, [siren], a, ct);
                var objectifEnQpv = ObjectifsAttribution
                    .EnVigueur(new DateOnly(a, 1, 1))
                    .Objectif(IndicateurAttribution.EnQpvAutresQuartiles, cia.TryGetValue(siren, out var o) ? o : null)!
                    .Value;
                return Results.Ok(
                    ReponseQuotasAttribution.Depuis(a, siren, resultat, seuil.Valeur, seuil.Officiel, objectifEnQpv)
                );
            })
            .WithSummary(
                "Objectifs d'attribution (CCH L441-1) d'un EPCI pour une année : baux signés hors QPV au "
                    + "premier quartile, attributions en QPV aux autres quartiles, attributions des réservataires aux "
                    + "ménages DALO ou prioritaires"
            )
            .WithDescription(
                "Un bail compte l'année de sa date de signature et dans l'EPCI de la commune du logement. "
                    + "bauxHorsQpvPremierQuartile : baux hors QPV des ménages du premier quartile (ressources par UC "
                    + "au plus égales au seuil de l'EPCI pour l'année, valeur officielle d'abord) ou relogés au titre "
                    + "du renouvellement urbain. attributionsEnQpvAutresQuartiles : attributions en QPV hors premier "
                    + "quartile. attributionsReservataires : contingents ACTION_LOGEMENT, COLLECTIVITE et BAILLEUR "
                    + "(pas celui du préfet) ; attributionsDaloOuPrioritaires : celles d'entre elles à un ménage DALO "
                    + "ou prioritaire. attributionsPrefet, attributionsPrefetDaloOuPrioritaires : "
                    + "le contingent du préfet, "
                    + "montré à part. Chaque part = numérateur / dénominateur, entre 0 et 1, 0 quand le dénominateur "
                    + "est nul. seuilPremierQuartile : null quand l'EPCI n'a pas de seuil (aucun ménage n'est alors "
                    + "au premier quartile). Paramètres : annee (obligatoire, 1900 à 2100), epci (SIREN, obligatoire). "
                    + "400 (problem details en français) pour une année absente ou illisible ; 404 pour un EPCI "
                    + "inconnu. Aucune donnée personnelle. objectifEnQpv (ajouté) : l'objectif en QPV appliqué, "
                    + "entre 0 "
                    + "et 1 : celui que la CIA de l'EPCI a fixé pour l'année, sinon 0,5 (CCH L441-1)."
            )
            .Produces<ReponseQuotasAttribution>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CacheOutput(Infrastructure.CacheStatistiques.Politique);
    }

    /// <summary>Les baux signés dans l'année dans les communes de l'EPCI (index CommuneCode, date).</summary>
    private static async Task<List<BailPourQuotas>> BauxAsync(
        PilotisDbContext db,
        string epci,
        int annee,
        CancellationToken ct
    )
    {
        var debut = new DateOnly(annee, 1, 1);
        var fin = debut.AddYears(1);
        var communes = db
            .Communes.Where(c => c.EpciSiren == epci && c.Type == TypeCommune.Actuelle)
            .Select(c => c.Code);
        return await db
            .BauxSignes.AsNoTracking()
            .Where(b => communes.Contains(b.CommuneCode) && b.DateSignatureBail >= debut && b.DateSignatureBail < fin)
            .Select(b => new BailPourQuotas(
                b.LogementEnQpv,
                b.Contingent,
                b.RessourcesAnnuellesParUc,
                b.Dalo,
                b.Prioritaire,
                b.RelogementRenouvellementUrbain
            ))
            .ToListAsync(ct);
    }
}
