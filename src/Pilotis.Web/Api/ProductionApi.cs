using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Production;
using Pilotis.Web.Features.Territoires;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>Réponse de GET /api/v1/statistiques/production/lissage : toujours douze mois, dans l'ordre.</summary>
public sealed record ReponseLissage(int Annee, IReadOnlyList<MoisLissage> Mois, int LogementsAgreesTotal, double PartLogementsAgreesApres1erNovembre)
{
    public static ReponseLissage Depuis(TableauLissage t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Annee, t.Mois, t.LogementsAgreesTotal, t.PartLogementsAgreesApres1erNovembre);
    }
}

public static class ProductionApi
{
    public const int AnneeMinimale = 1900;
    public const int AnneeMaximale = 2100;

    /// <summary>
    /// Durée de vie d'une réponse en mémoire (et Cache-Control public) : une statistique publique peut avoir 30 s de retard,
    /// et l'agrégat SQL (≈ 20 000 lots par an à l'échelle nationale) n'est alors calculé qu'une fois par clé et par période
    /// sous forte charge.
    /// </summary>
    public static readonly TimeSpan DureeCache = TimeSpan.FromSeconds(30);

    public static void MapProductionApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/statistiques/production").WithTags("Production").AllowAnonymous();

        g.MapGet("/lissage", async (string? annee, string? departement, PilotisDbContext db, IMemoryCache cache, HttpResponse http, CancellationToken ct) =>
            {
                var (a, erreur) = LireAnnee(annee);
                if (erreur is not null) return erreur;
                if (departement is not null && !RequetesTerritoire.CodeDepartementValide(departement))
                    return Invalide("departement", $"« {departement} » n'est pas un code de département (ex. 30, 2A, 971).");
                // null en cache : département inconnu (la vérification est mise en cache avec le résultat).
                var reponse = await cache.GetOrCreateAsync(("statistiques/production/lissage", a, departement), async entree =>
                {
                    entree.AbsoluteExpirationRelativeToNow = DureeCache;
                    if (departement is not null && !await db.Departements.AnyAsync(d => d.Code == departement, ct)) return null;
                    return ReponseLissage.Depuis(await StatistiquesLissage.CalculerAsync(db, a, departement, ct));
                });
                if (reponse is null) return Invalide("departement", $"Aucun département de code « {departement} ».");
                http.Headers.CacheControl = "public, max-age=" + ((int)DureeCache.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Results.Ok(reponse);
            })
            .WithSummary("Lissage des agréments : logements et opérations agréés par mois d'une année, France entière ou un département")
            .WithDescription("Un lot compte dans le mois de sa date d'agrément ; une opération compte une fois par mois même avec plusieurs lots " +
                "(mais ses logements s'additionnent), et dans chaque mois où l'un de ses lots est agréé. Les opérations annulées ou supprimées " +
                "ne comptent pas. Toujours 12 mois. partLogementsAgreesApres1erNovembre = logements de novembre et décembre / logements de l'année " +
                "(0 quand l'année n'en compte aucun). Paramètres : annee (obligatoire, 1900 à 2100), departement (facultatif, code INSEE : 30, 2A, 971). " +
                "400 (problem details, message en français) pour une année absente ou hors bornes, ou un département inconnu. " +
                "Réponse gardée 30 s en mémoire (Cache-Control: public, max-age=30).")
            .Produces<ReponseLissage>().ProducesValidationProblem();
    }

    /// <summary>L'année est lue comme texte pour répondre en français (le binding d'un int refuserait « abc » sans message utile).</summary>
    public static (int Annee, IResult? Erreur) LireAnnee(string? annee)
    {
        if (string.IsNullOrWhiteSpace(annee)) return (0, Invalide("annee", "Le paramètre « annee » est obligatoire (ex. annee=2025)."));
        if (!int.TryParse(annee.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var a))
            return (0, Invalide("annee", $"Le paramètre « annee » doit être une année entière (ex. 2025), pas « {annee} »."));
        if (a is < AnneeMinimale or > AnneeMaximale)
            return (0, Invalide("annee", $"Le paramètre « annee » doit être compris entre {AnneeMinimale} et {AnneeMaximale}."));
        return (a, null);
    }
}
