using Microsoft.AspNetCore.Http.HttpResults;
using Pilotis.Data.Territoire;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

public static class TerritoiresApi
{
    public static void MapTerritoiresApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/territoires").WithTags("Territoires").AllowAnonymous();
        MapDepartements(g);
        MapCommunes(g);
        MapEpci(g);
    }

    /// <summary>Départements : la liste et la fiche.</summary>
    private static void MapDepartements(RouteGroupBuilder g)
    {
        g.MapGet("/departements", async (RequetesTerritoire r, CancellationToken ct) =>
                Results.Ok(await r.DepartementsAsync(ct))
            )
            .WithSummary("Départements, avec leur nombre de communes et leur population")
            .Produces<List<DepartementResume>>();

        g.MapGet("/departements/{code}", async (string code, RequetesTerritoire r, CancellationToken ct) =>
            {
                if (!RequetesTerritoire.CodeDepartementValide(code))
                    return Invalide(
                        "code",
                        $"« {Francais.Extrait(code)} » n'est pas un code de département (ex. 30, 2A, 971)."
                    );
                var d = await r.DepartementAsync(code, ct);
                return d is null
                    ? Introuvable($"Aucun département de code « {Francais.Extrait(code)} ».")
                    : Results.Ok(d);
            })
            .WithSummary("Un département")
            .Produces<DepartementResume>()
            .ProducesProblem(400)
            .ProducesProblem(404);
    }

    /// <summary>Communes : la recherche paginée et la fiche.</summary>
    private static void MapCommunes(RouteGroupBuilder g)
    {
        g.MapGet(
                "/communes",
                async (
                    string? departement,
                    string? epci,
                    string? q,
                    int? page,
                    int? taille,
                    RequetesTerritoire r,
                    CancellationToken ct
                ) =>
                {
                    if (departement is not null && !RequetesTerritoire.CodeDepartementValide(departement))
                        return Invalide(
                            "departement",
                            $"« {Francais.Extrait(departement)} » n'est pas un code de département (ex. 30, 2A, 971)."
                        );
                    if (epci is not null && !RequetesTerritoire.SirenValide(epci))
                        return Invalide(
                            "epci",
                            $"« {Francais.Extrait(epci)} » n'est pas un SIREN d'EPCI (9 chiffres)."
                        );
                    if (page is < 1)
                        return Invalide("page", "La page commence à 1.");
                    if (taille is < 1 or > RequetesTerritoire.TailleMaximale)
                        return Invalide(
                            "taille",
                            $"La taille de page doit être comprise entre 1 et {RequetesTerritoire.TailleMaximale}."
                        );
                    if (departement is not null && await r.DepartementAsync(departement, ct) is null)
                        return Introuvable($"Aucun département de code « {Francais.Extrait(departement)} ».");
                    return Results.Ok(await r.CommunesAsync(departement, epci, q, page ?? 1, taille ?? 1000, ct));
                }
            )
            .WithSummary(
                "Communes actuelles, filtrées par département, EPCI ou recherche (nom sans accents, code INSEE ou "
                    + "postal)"
            )
            .WithDescription(
                "Réponse paginée { items, total, page, taille } ; taille par défaut 1000, au plus 5000. Chaque "
                    + "commune : code, nom, population, epci (SIREN)."
            )
            .Produces<PageResultats<CommuneResume>>()
            .ProducesProblem(400)
            .ProducesProblem(404);

        g.MapGet("/communes/{code}", async (string code, RequetesTerritoire r, CancellationToken ct) =>
            {
                if (!RequetesTerritoire.CodeCommuneValide(code))
                    return Invalide(
                        "code",
                        $"« {Francais.Extrait(code)} » n'est pas un code INSEE de commune (5 caractères, ex. 30189)."
                    );
                var c = await r.CommuneAsync(code, ct);
                return c is null
                    ? Introuvable($"Aucune commune actuelle de code INSEE « {Francais.Extrait(code)} ».")
                    : Results.Ok(c);
            })
            .WithSummary(
                "Une commune : population, EPCI, codes postaux, attributs en vigueur (zonages, QPV, SRU), communes "
                    + "déléguées"
            )
            .Produces<CommuneDetail>()
            .ProducesProblem(400)
            .ProducesProblem(404);
    }

    /// <summary>EPCI : la liste (par département) et la fiche.</summary>
    private static void MapEpci(RouteGroupBuilder g)
    {
        g.MapGet("/epci", async (string? departement, RequetesTerritoire r, CancellationToken ct) =>
            {
                if (departement is not null && !RequetesTerritoire.CodeDepartementValide(departement))
                    return Invalide(
                        "departement",
                        $"« {Francais.Extrait(departement)} » n'est pas un code de département (ex. 30, 2A, 971)."
                    );
                if (departement is not null && await r.DepartementAsync(departement, ct) is null)
                    return Introuvable($"Aucun département de code « {Francais.Extrait(departement)} ».");
                return Results.Ok(await r.EpcisAsync(departement, ct));
            })
            .WithSummary("EPCI ayant au moins une commune membre dans le département")
            .WithDescription(
                "nombreCommunes compte toutes les communes membres ; nombreCommunesDansDepartement celles du "
                    + "département demandé."
            )
            .Produces<List<EpciResume>>()
            .ProducesProblem(400)
            .ProducesProblem(404);

        g.MapGet("/epci/{siren}", async (string siren, RequetesTerritoire r, CancellationToken ct) =>
            {
                if (!RequetesTerritoire.SirenValide(siren))
                    return Invalide("siren", $"« {Francais.Extrait(siren)} » n'est pas un SIREN (9 chiffres).");
                var e = await r.EpciAsync(siren, ct);
                return e is null ? Introuvable($"Aucun EPCI de SIREN « {Francais.Extrait(siren)} ».") : Results.Ok(e);
            })
            .WithSummary("Un EPCI et ses communes membres")
            .Produces<EpciDetail>()
            .ProducesProblem(400)
            .ProducesProblem(404);
    }
}
