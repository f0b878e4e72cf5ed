using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement;

/// <summary>
/// Les requêtes du catalogue des aides partagées par la page des indicateurs (/aides/indicateurs) et la feuille de
/// route (solutions 2 et 3) : aides par financeur, recherches par mois.
/// </summary>
public static class RequetesFinancement
{
    /// <summary>
    /// Les aides ouvertes pendant [<paramref name="debut"/>, <paramref name="fin"/>] (sans date : permanentes).
    /// </summary>
    public static IQueryable<Aide> Ouvertes(IQueryable<Aide> aides, DateOnly debut, DateOnly fin)
    {
        ArgumentNullException.ThrowIfNull(aides);
        return aides.Where(a =>
            (a.DateOuverture == null || a.DateOuverture <= fin) && (a.DateEcheance == null || a.DateEcheance >= debut)
        );
    }

    /// <summary>Les aides données par financeur : aides locales et nationales, la plus fournie d'abord.</summary>
    public static async Task<List<(string Financeur, int Locales, int Nationales)>> ParFinanceurAsync(
        IQueryable<Aide> aides,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(aides);
        var lignes = await aides.AsNoTracking().Select(a => new { a.Financeurs, a.Locale }).ToListAsync(ct);
        return lignes
            .SelectMany(a => a.Financeurs.Distinct().Select(f => (f, a.Locale)))
            .GroupBy(x => x.f, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(x => x.Locale), g.Count(x => !x.Locale)))
            .OrderByDescending(x => x.Item2 + x.Item3)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Les recherches par mois (et celles sans résultat), de l'année donnée ou de toutes.</summary>
    public static async Task<List<(int Annee, int Mois, int Recherches, int SansResultat)>> RecherchesParMoisAsync(
        PilotisDbContext db,
        int? annee = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = db.RecherchesAides.AsNoTracking();
        if (annee is { } a)
            q = q.Where(r => r.Jour >= new DateOnly(a, 1, 1) && r.Jour <= new DateOnly(a, 12, 31));
        var recherches = await q.GroupBy(r => new { r.Jour.Year, r.Jour.Month })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.Month,
                N = g.Count(),
                Vides = g.Count(r => r.Resultats == 0),
            })
            .ToListAsync(ct);
        return recherches
            .OrderByDescending(r => r.Year)
            .ThenByDescending(r => r.Month)
            .Select(r => (r.Year, r.Month, r.N, r.Vides))
            .ToList();
    }
}
