using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Le lieu d'un EPCI pour les droits SRU : son SIREN, le département et la région où se trouvent la plupart de ses
/// communes membres. La page SRU de l'EPCI et chaque lien vers elle (tableau, fiche commune) le lisent ici, puis
/// demandent <see cref="AccesPages.LireSruEpci"/> : le lien ne s'affiche que si la page s'ouvre.
/// </summary>
public static class CiblesEpciSru
{
    public static async Task<Cible> LireAsync(PilotisDbContext db, string siren, CancellationToken ct) =>
        De(await LireAsync(db, [siren], ct), siren);

    /// <summary>Les lieux de plusieurs EPCI, en une requête.</summary>
    public static async Task<Dictionary<string, Cible>> LireAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> sirens,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var groupes = await db
            .Communes.AsNoTracking()
            .Where(c => c.EpciSiren != null && sirens.Contains(c.EpciSiren) && c.Type == TypeCommune.Actuelle)
            .GroupBy(c => new
            {
                c.EpciSiren,
                c.DepartementCode,
                c.RegionCode,
            })
            .Select(g => new
            {
                g.Key.EpciSiren,
                g.Key.DepartementCode,
                g.Key.RegionCode,
                Nombre = g.Count(),
            })
            .ToListAsync(ct);
        return groupes
            .GroupBy(g => g.EpciSiren!)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    // Le département qui compte le plus de communes membres ; à égalité, le premier par code.
                    var p = g.OrderByDescending(m => m.Nombre)
                        .ThenBy(m => m.DepartementCode, StringComparer.Ordinal)
                        .First();
                    return new Cible(null, new Localisation(null, g.Key, p.DepartementCode, p.RegionCode));
                }
            );
    }

    /// <summary>Le lieu lu, ou le SIREN seul pour un EPCI sans commune membre.</summary>
    public static Cible De(IReadOnlyDictionary<string, Cible> cibles, string siren) =>
        cibles.TryGetValue(siren, out var cible) ? cible : new Cible(null, new Localisation(null, siren, null, null));
}
