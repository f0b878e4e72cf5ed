using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Financement;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// Indicateurs du catalogue (seed 001, solution 3) : aides par financeur, locales et nationales ; recherches par mois ;
/// recherches sans résultat (pour enrichir les synonymes) ; aides rattachées à des opérations ; « utile ».
/// </summary>
public sealed class IndicateursModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public IReadOnlyList<(string Financeur, int Locales, int Nationales)> ParFinanceur { get; private set; } = [];
    public (int Locales, int Nationales) Totaux { get; private set; }
    public IReadOnlyList<(string Mois, int Recherches, int SansResultat)> ParMois { get; private set; } = [];
    public IReadOnlyList<(string Texte, int Fois)> SansResultat { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Nom, int Operations, int Utile)> Utilisees { get; private set; } = [];
    public int Liens { get; private set; }
    public int OperationsLiees { get; private set; }
    public int Utile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AccesPages.LireIndicateursAides(await acteurCourant.LireAsync()))
            return Forbid();
        await JournalRecherchesAides.ViderAsync(db, ct);
        Totaux = (await db.Aides.CountAsync(a => a.Locale, ct), await db.Aides.CountAsync(a => !a.Locale, ct));
        ParFinanceur = await RequetesFinancement.ParFinanceurAsync(db.Aides, ct);
        ParMois = (await RequetesFinancement.RecherchesParMoisAsync(db, null, ct))
            .Select(r => ($"{r.Annee}-{r.Mois:00}", r.Recherches, r.SansResultat))
            .ToList();
        var vides = await db
            .RecherchesAides.AsNoTracking()
            .Where(r => r.Resultats == 0)
            .GroupBy(r => r.Texte)
            .Select(g => new { Texte = g.Key, N = g.Count() })
            .OrderByDescending(g => g.N)
            .ThenBy(g => g.Texte)
            .Take(100)
            .ToListAsync(ct);
        SansResultat = vides.Select(v => (v.Texte, v.N)).ToList();
        await LiensEtAvisAsync(ct);
        return Page();
    }

    private async Task LiensEtAvisAsync(CancellationToken ct)
    {
        Liens = await db.LiensAidesFinancements.CountAsync(ct);
        OperationsLiees = await db.LiensAidesFinancements.Select(l => l.OperationId).Distinct().CountAsync(ct);
        Utile = await db.AvisAides.SumAsync(a => (int?)a.Utile, ct) ?? 0;
        var liens = await db
            .LiensAidesFinancements.GroupBy(l => l.AideId)
            .Select(g => new { g.Key, N = g.Select(l => l.OperationId).Distinct().Count() })
            .ToListAsync(ct);
        var avis = await db
            .AvisAides.GroupBy(a => a.AideId)
            .Select(g => new { g.Key, N = g.Sum(a => a.Utile) })
            .ToListAsync(ct);
        var ids = liens.Select(l => l.Key).Union(avis.Select(a => a.Key)).ToList();
        var noms = await db
            .Aides.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Nom,
            })
            .ToListAsync(ct);
        Utilisees = noms.Select(n =>
                (
                    n.Slug,
                    n.Nom,
                    liens.FirstOrDefault(l => l.Key == n.Id)?.N ?? 0,
                    avis.FirstOrDefault(a => a.Key == n.Id)?.N ?? 0
                )
            )
            .OrderByDescending(x => x.Item3 + x.Item4)
            .ThenBy(x => x.Slug, StringComparer.Ordinal)
            .Take(50)
            .ToList();
    }
}
