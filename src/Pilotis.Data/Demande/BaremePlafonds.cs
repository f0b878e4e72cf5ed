using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Le barème des plafonds de ressources enregistré en base (DOMAIN §4.1) : semé une fois avec les lignes 2026,
/// puis tenu par un administrateur. Toute éligibilité (API, simulateur, registre, import) lit ces lignes.
/// </summary>
public static class BaremePlafonds
{
    /// <summary>Sème les lignes 2026 si la table est vide (idempotent) ; renvoie le nombre de lignes
    /// ajoutées.</summary>
    public static async Task<int> SemerAsync(PilotisDbContext db, CancellationToken ct = default)
    {
        if (await db.PlafondsRessources.AnyAsync(ct))
            return 0;
        var quand = db.Horloge.GetUtcNow();
        foreach (var ligne in PlafondsRessources.Annee2026)
        {
            var parametre = PlafondRessourcesParametre.Depuis(ligne);
            parametre.ModifieeLe = quand;
            db.PlafondsRessources.Add(parametre);
        }
        await db.SaveChangesAsync(ct);
        return PlafondsRessources.Annee2026.Count;
    }

    /// <summary>Toutes les lignes du barème, toutes années et géographies, servies par <see cref="CacheReferentiel"/>
    /// (une modification par un administrateur est vue à la requête suivante).</summary>
    public static Task<IReadOnlyList<PlafondsRessources>> LireAsync(PilotisDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ct.ThrowIfCancellationRequested();
        return CacheReferentiel.LireAsync(db, "bareme-plafonds", LireBaseAsync);
    }

    /// <summary>Les lignes lues en base, sans le cache (la page de modification compare à la base).</summary>
    public static async Task<IReadOnlyList<PlafondsRessources>> LireBaseAsync(PilotisDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lignes = await db
            .PlafondsRessources.AsNoTracking()
            .OrderBy(p => p.Annee)
            .ThenBy(p => p.Geographie)
            .ThenBy(p => p.Produit)
            .ToListAsync();
        return lignes.Select(l => l.EnPlafonds()).ToArray();
    }

    /// <summary>
    /// Les lignes applicables à une date : celles de son année, ou à défaut de la dernière année connue qui la précède
    /// (le barème du 1er janvier n'est pas encore saisi). Vide si aucune année antérieure n'existe.
    /// </summary>
    public static IReadOnlyList<PlafondsRessources> EnVigueur(
        IReadOnlyList<PlafondsRessources> bareme,
        int annee,
        GeographiePlafonds geographie
    )
    {
        var anneeConnue = bareme
            .Where(l => l.Annee <= annee && l.Geographie == geographie)
            .Select(l => (int?)l.Annee)
            .Max();
        return anneeConnue is null ? [] : PlafondsRessources.Pour(bareme, anneeConnue.Value, geographie);
    }
}
