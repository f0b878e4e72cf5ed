using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Information;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// La feuille de route d'un département en JSON, publique (chiffres agrégés, aucune donnée personnelle ; ADR 0027) :
/// les 11 solutions, leurs indicateurs calculés depuis les modules et la cible fixée par la DDTM.
/// </summary>
public static class FeuilleDeRouteApi
{
    public static void MapFeuilleDeRouteApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/feuille-de-route", LireAsync)
            .WithTags("Feuille de route")
            .AllowAnonymous()
            .WithSummary("Indicateurs de la feuille de route d'un département pour une année")
            .WithDescription(
                "Paramètres : annee (obligatoire, ex. 2026), departement (code, obligatoire, ex. 30). Rend les 11 "
                    + "solutions numérotées de 1 à 11, chacune avec ses indicateurs : code, libelle, valeur (calculée "
                    + "depuis les données ; null quand le module ne tient rien pour l'année), cible (fixée par la "
                    + "DDTM, ou null) et unite. 400 (problem details en français) pour un paramètre absent, mal formé "
                    + "ou un département inconnu."
            )
            .Produces<ReponseFeuilleDeRoute>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> LireAsync(
        string? annee,
        string? departement,
        PilotisDbContext db,
        CalculFeuilleDeRoute calcul,
        CancellationToken ct
    )
    {
        var (a, erreur) = ProductionApi.LireAnnee(annee);
        if (erreur is not null)
            return erreur;
        if (string.IsNullOrWhiteSpace(departement))
            return Invalide("departement", "Le paramètre « departement » est obligatoire (ex. departement=30).");
        var dep = departement.Trim().ToUpperInvariant();
        if (!await db.Departements.AnyAsync(d => d.Code == dep, ct))
            return Invalide("departement", MessagesSaisie.DepartementInconnu(Francais.Extrait(dep)));
        var valeurs = await calcul.ValeursAsync(a, dep, ct);
        var cibles = await calcul.CiblesAsync(a, dep, ct);
        return Results.Ok(Publier(a, dep, valeurs, cibles));
    }

    public static ReponseFeuilleDeRoute Publier(
        int annee,
        string dep,
        IReadOnlyDictionary<string, decimal?> valeurs,
        IReadOnlyDictionary<string, decimal> cibles
    ) =>
        new(
            annee,
            dep,
            FeuilleDeRoute
                .Solutions.Select(s => new SolutionFeuilleDeRoutePubliee(
                    s.Numero,
                    s.Axe,
                    s.Intitule,
                    s.Indicateurs.Select(i => new IndicateurFeuilleDeRoutePublie(
                            i.Code,
                            i.Libelle,
                            valeurs.GetValueOrDefault(i.Code),
                            cibles.TryGetValue(i.Code, out var c) ? c : null,
                            i.Unite
                        ))
                        .ToList()
                ))
                .ToList()
        );
}
