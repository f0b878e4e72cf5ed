using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

public static class OrganisationsApi
{
    /// <summary>
    /// Nom d'un type dans l'API : le nom du type en minuscules (bailleur, ddtm, epci, commune, reservataire,
    /// financeur…).
    /// </summary>
    public static string CodeApi(this TypeOrganisation type) => type.ToString().ToLowerInvariant();

    /// <summary>
    /// Les filtres « type » et « departement » lus et vérifiés ; un refus 400 en français (valeur citée en extrait)
    /// quand l'un est inconnu.
    /// </summary>
    private static async Task<(IResult? Refus, TypeOrganisation? Type)> LireFiltresAsync(
        string? type,
        string? departement,
        string types,
        PilotisDbContext db,
        CancellationToken ct
    )
    {
        TypeOrganisation? filtreType = null;
        if (type is not null)
        {
            var t = Enum.GetValues<TypeOrganisation>()
                .Where(x => x.CodeApi() == type.Trim().ToLowerInvariant())
                .ToList();
            if (t.Count == 0)
                return (
                    Invalide(
                        "type",
                        $"Type d'organisation inconnu : « {Francais.Extrait(type)} ». Valeurs possibles : {types}."
                    ),
                    null
                );
            filtreType = t[0];
        }
        if (departement is null)
            return (null, filtreType);
        if (!RequetesTerritoire.CodeDepartementValide(departement))
            return (
                Invalide(
                    "departement",
                    $"« {Francais.Extrait(departement)} » n'est pas un code de département (ex. 30, 2A, 971)."
                ),
                null
            );
        if (!await db.Departements.AnyAsync(d => d.Code == departement, ct))
            return (Invalide("departement", $"Aucun département de code « {Francais.Extrait(departement)} »."), null);
        return (null, filtreType);
    }

    public static void MapOrganisationsApi(this RouteGroupBuilder v1)
    {
        var types = string.Join(", ", Enum.GetValues<TypeOrganisation>().Select(t => t.CodeApi()));
        v1.MapGet(
                "/organisations",
                async (string? type, string? departement, PilotisDbContext db, CancellationToken ct) =>
                {
                    var (refus, filtreType) = await LireFiltresAsync(type, departement, types, db, ct);
                    if (refus is not null)
                        return refus;
                    var q = db.Organisations.AsNoTracking().Where(o => o.Active);
                    if (filtreType is TypeOrganisation ft)
                        q = q.Where(o => o.Type == ft);
                    if (departement is not null)
                        q = q.Where(o => o.DepartementCode == departement);
                    var lignes = await q.Select(o => new
                        {
                            o.Siren,
                            o.Nom,
                            o.Type,
                            o.DepartementCode,
                            o.RegionCode,
                            o.PerimetreNiveau,
                            o.PerimetreCode,
                        })
                        .ToListAsync(ct);
                    // Tri par nom en mémoire, à la française (accents), identique sur SQLite et PostgreSQL ; l'annuaire
                    // est petit.
                    return Results.Ok(
                        lignes
                            .OrderBy(o => o.Nom, Francais.Ordre)
                            .ThenBy(o => o.Siren, StringComparer.Ordinal)
                            .Select(o => new OrganisationPublique(
                                o.Siren,
                                o.Nom,
                                o.Type.CodeApi(),
                                o.DepartementCode,
                                o.RegionCode,
                                o.PerimetreNiveau.ToString().ToLowerInvariant(),
                                o.PerimetreCode
                            ))
                            .ToList()
                    );
                }
            )
            .AllowAnonymous()
            .WithTags("Organisations")
            .WithSummary("Annuaire public des organisations actives, par type et département, triées par nom")
            .WithDescription(
                $"type : {types} (facultatif) ; departement : code INSEE (facultatif). Chaque organisation : siren, "
                    + "nom, type, "
                    + "departement, region, perimetre (niveau du territoire d'action) et perimetreCode. Aucune "
                    + "donnée personnelle. "
                    + "400 (problem details en français) pour un type ou un département inconnu."
            )
            .Produces<List<OrganisationPublique>>()
            .ProducesValidationProblem();
    }
}
