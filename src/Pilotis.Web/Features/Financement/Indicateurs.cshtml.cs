using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Financement;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// Indicateurs du catalogue (seed 001, solution 3) : aides par financeur, locales et nationales ; recherches par mois ;
/// recherches sans résultat (pour enrichir les synonymes) ; aides rattachées à des opérations ; « utile ». Chaque
/// tableau s'exporte en CSV et XLSX (<c>?tableau=…&amp;format=csv|xlsx</c>), en entier (la page en montre le début).
/// </summary>
public sealed class IndicateursModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    /// <summary>Lignes montrées dans la page pour les listes longues ; l'export donne tout.</summary>
    public const int LignesAffichees = 50;

    [BindProperty(SupportsGet = true)]
    public string? Tableau { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<(string Financeur, int Locales, int Nationales)> ParFinanceur { get; private set; } = [];
    public (int Locales, int Nationales) Totaux { get; private set; }
    public IReadOnlyList<(string Mois, int Recherches, int SansResultat)> ParMois { get; private set; } = [];
    public IReadOnlyList<(string Texte, int Fois)> SansResultat { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Nom, int Operations, int Rattachements)> Rattachees
    {
        get;
        private set;
    } = [];
    public IReadOnlyList<(string Slug, string Nom, int Utile)> JugeesUtiles { get; private set; } = [];
    public int Liens { get; private set; }
    public int OperationsLiees { get; private set; }
    public int Utile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AccesPages.LireIndicateursAides(await acteurCourant.LireAsync()))
            return Forbid();
        var export = Format is not null || Tableau is not null;
        if (export && (Format is not ("csv" or "xlsx") || !ExportIndicateursAides.Connu(Tableau)))
        {
            return BadRequest(
                "Export impossible : « tableau » doit valoir financeurs, portee, mois, sans-resultat, operations ou "
                    + "avis, et « format » csv ou xlsx."
            );
        }
        await JournalRecherchesAides.ViderAsync(db, ct);
        await AidesParFinanceurAsync(ct);
        await RecherchesAsync(ct);
        await LiensEtAvisAsync(ct);
        return export ? ExportIndicateursAides.Exporter(this, Tableau!, Format!) : Page();
    }

    private async Task AidesParFinanceurAsync(CancellationToken ct)
    {
        Totaux = (await db.Aides.CountAsync(a => a.Locale, ct), await db.Aides.CountAsync(a => !a.Locale, ct));
        ParFinanceur = await RequetesFinancement.ParFinanceurAsync(db.Aides, ct);
    }

    private async Task RecherchesAsync(CancellationToken ct)
    {
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
            .ToListAsync(ct);
        SansResultat = vides.Select(v => (v.Texte, v.N)).ToList();
    }

    private async Task LiensEtAvisAsync(CancellationToken ct)
    {
        Liens = await db.LiensAidesFinancements.CountAsync(ct);
        OperationsLiees = await db.LiensAidesFinancements.Select(l => l.OperationId).Distinct().CountAsync(ct);
        Utile = await db.AvisAides.SumAsync(a => (int?)a.Utile, ct) ?? 0;
        var liens = await db
            .LiensAidesFinancements.GroupBy(l => l.AideId)
            .Select(g => new
            {
                g.Key,
                Operations = g.Select(l => l.OperationId).Distinct().Count(),
                N = g.Count(),
            })
            .ToListAsync(ct);
        var avis = await db
            .AvisAides.GroupBy(a => a.AideId)
            .Select(g => new { g.Key, N = g.Sum(a => a.Utile) })
            .ToListAsync(ct);
        var ids = liens.Select(l => l.Key).Union(avis.Select(a => a.Key)).ToList();
        var noms = (
            await db
                .Aides.AsNoTracking()
                .Where(a => ids.Contains(a.Id))
                .Select(a => new
                {
                    a.Id,
                    a.Slug,
                    a.Nom,
                })
                .ToListAsync(ct)
        ).ToDictionary(n => n.Id);
        Rattachees = liens
            .Where(l => noms.ContainsKey(l.Key))
            .Select(l => (noms[l.Key].Slug, noms[l.Key].Nom, l.Operations, l.N))
            .OrderByDescending(x => x.Operations)
            .ThenBy(x => x.Slug, StringComparer.Ordinal)
            .ToList();
        JugeesUtiles = avis.Where(a => noms.ContainsKey(a.Key) && a.N > 0)
            .Select(a => (noms[a.Key].Slug, noms[a.Key].Nom, a.N))
            .OrderByDescending(x => x.N)
            .ThenBy(x => x.Slug, StringComparer.Ordinal)
            .ToList();
    }
}
