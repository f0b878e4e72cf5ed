using Pilotis.Data;
using Pilotis.Data.Information;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Information;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// GET /api/v1/communes/{code}/page : la page publique d'une commune en JSON (seed 001, solution 8), sans compte,
/// avec les mêmes blocs que la page (un bloc masqué par la commune vaut null). 400 pour un code mal formé, 404 pour
/// une commune inconnue, en problème RFC 9457 en français.
/// </summary>
public static class PageCommuneApi
{
    public static void MapPageCommuneApi(this RouteGroupBuilder v1)
    {
        v1.MapGet(
                "/communes/{code}/page",
                async (string code, PilotisDbContext db, TimeProvider horloge, CancellationToken ct) =>
                {
                    if (!CodeCommune.BienForme(code))
                        return Invalide(
                            "code",
                            $"Le code commune « {Francais.Extrait(code)} » doit compter 5 caractères "
                                + "(ex. 30007, 2A004)."
                        );
                    var page = await RequetesInformationPublique.PageCommuneAsync(
                        db,
                        code,
                        Francais.JourAParis(horloge.GetUtcNow()),
                        ct
                    );
                    return page is null ? Introuvable($"Aucune commune de code {code}.") : Results.Ok(page);
                }
            )
            .AllowAnonymous()
            .WithName("PageCommune")
            .WithSummary("Page publique d'une commune : où demander, parc, opérations, SRU, cotation, contacts.")
            .Produces<DonneesPageCommune>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
