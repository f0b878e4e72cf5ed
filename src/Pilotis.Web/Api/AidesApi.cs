using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Financement;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Commun;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// <c>GET /api/v1/aides?q=TEXTE&amp;departement=30&amp;page=1</c> : la recherche publique dans le catalogue des aides
/// (ticket 13, ADR 0022), sans compte.
/// </summary>
public static class AidesApi
{
    public const int TaillePage = 20;
    public const int LongueurRequeteMaximum = 200;

    public static void MapAidesApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/aides", RechercherAsync)
            .WithTags("Aides")
            .AllowAnonymous()
            .WithSummary("Recherche d'aides au logement social (catalogue aides-territoires et aides locales)")
            .WithDescription(
                "q : virgules = OU, espaces = ET ; accents, casse et pluriels ignorés ; synonymes du logement social "
                    + "appliqués. departement : garde les aides dont le périmètre est la France, la région du "
                    + "département, le département, ou un EPCI ou une commune qui s'y trouve. Aides par pertinence, "
                    + $"{TaillePage} par page."
            )
            .Produces<ReponseAides>()
            .ProducesProblem(400);
    }

    private static async Task<IResult> RechercherAsync(
        string? q,
        string? departement,
        int? page,
        int? taille,
        CleBase cleBase,
        TimeProvider horloge,
        HttpContext http,
        CancellationToken ct
    )
    {
        if (q is { Length: > LongueurRequeteMaximum })
            return Invalide("q", $"La recherche compte {LongueurRequeteMaximum} caractères au plus.");
        if (page is < 1)
            return Invalide("page", "La page commence à 1.");
        if (taille is < 1 or > CriteresAides.TailleMaximale)
            return Invalide(
                "taille",
                $"La taille de page doit être comprise entre 1 et {CriteresAides.TailleMaximale}."
            );
        if (departement is not null && !RequetesTerritoire.CodeDepartementValide(departement))
            return Invalide(
                "departement",
                $"« {Francais.Extrait(departement)} » n'est pas un code de département (ex. 30, 2A, 971)."
            );
        // Le contexte EF n'est créé que s'il faut charger l'index ou écrire le journal des recherches : une recherche
        // servie de la mémoire n'en paie pas l'initialisation (ADR 0022, révision du 7 décembre).
        PilotisDbContext Contexte() => http.RequestServices.GetRequiredService<PilotisDbContext>();
        var cle = cleBase.Lire(Contexte);
        var index = await IndexAides.LireAsync(cle, Contexte, ct);
        if (departement is not null && !index.Territoires.RegionDuDepartement.ContainsKey(departement))
            return Invalide("departement", $"Aucun département de code « {Francais.Extrait(departement)} ».");
        var criteres = new CriteresAides
        {
            Texte = q,
            Departement = departement,
            Page = page ?? 1,
            Taille = taille ?? TaillePage,
        };
        var aujourdhui = Aujourdhui(horloge);
        var r = RechercheAides.Rechercher(index, criteres, aujourdhui, avecFacettes: false);
        await JournalRecherchesAides.NoterAsync(cle, aujourdhui, Contexte, q, r.Total, ct);
        var racine = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var items = r
            .Aides.Select(a => new AidePubliee(
                a.IdSource,
                a.Slug,
                a.Nom,
                a.Financeurs,
                a.Perimetre,
                a.TypesAide,
                a.DateEcheance,
                $"{racine}/aides/{a.Slug}",
                a.UrlOrigine,
                a.Locale
            ))
            .ToList();
        return Results.Ok(new ReponseAides(r.Total, items, r.Page, r.Taille, r.Pages));
    }

    public static DateOnly Aujourdhui(PilotisDbContext db) => Aujourdhui(db.Horloge);

    public static DateOnly Aujourdhui(TimeProvider horloge) => DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
}
