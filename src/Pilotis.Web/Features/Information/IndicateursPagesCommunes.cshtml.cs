using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Information;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Les pages publiques des communes du département (seed 001, solution 8), pour la DDTM : communes qui publient leur
/// page, visites par mois (compteur sans cookie), communes les plus visitées ; exportable en CSV.
/// </summary>
public sealed class IndicateursPagesCommunesModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public string Departement { get; private set; } = "";
    public List<(string Code, string Nom, DateOnly? PublieeLe, long Visites)> Publiees { get; private set; } = [];
    public List<(int Annee, int Mois, long Visites, int Communes)> ParMois { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.SuivrePagesCommunes(acteur))
            return Forbid();
        Departement = acteur.DepartementCode;
        await CompteurVisitesPagesCommunes.ViderAsync(db, ct);
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.DepartementCode == Departement && c.Type == TypeCommune.Actuelle)
            .Select(c => new { c.Code, c.Nom })
            .ToDictionaryAsync(c => c.Code, c => c.Nom, ct);
        var codes = communes.Keys.ToList();
        var visites = await db
            .VisitesPagesCommunes.AsNoTracking()
            .Where(v => codes.Contains(v.CommuneCode))
            .ToListAsync(ct);
        ParMois = visites
            .GroupBy(v => (v.Annee, v.Mois))
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key.Annee, g.Key.Mois, g.Sum(v => v.Visites), g.Count()))
            .ToList();
        var pages = await db
            .PagesCommunes.AsNoTracking()
            .Where(p => p.Publiee && codes.Contains(p.CommuneCode))
            .ToListAsync(ct);
        Publiees = pages
            .Select(p =>
                (
                    p.CommuneCode,
                    communes[p.CommuneCode],
                    p.PublieeLe,
                    visites.Where(v => v.CommuneCode == p.CommuneCode).Sum(v => v.Visites)
                )
            )
            .OrderBy(p => p.Item2, StringComparer.Ordinal)
            .ToList();
        if (Format == "csv")
            return ExportTableau.Csv(
                "pages-communes",
                ["Code INSEE", "Commune", "Publiée le", "Visites"],
                Publiees.Select(p => (IReadOnlyList<object?>)[p.Code, p.Nom, p.PublieeLe, p.Visites])
            );
        return Page();
    }
}
