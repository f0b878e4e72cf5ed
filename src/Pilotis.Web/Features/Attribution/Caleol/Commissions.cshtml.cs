using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>Les commissions d'attribution que l'acteur peut voir (le bailleur : les siennes), export CSV et XLSX.
/// </summary>
public sealed class CommissionsModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public static readonly IReadOnlyList<string> Entetes =
    [
        "Commission",
        "Bailleur",
        "Territoire",
        "Quorum",
        "Membres",
    ];

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    public List<(int Id, string Nom, string Bailleur, string Territoire, int Quorum, int Membres)> Lignes
    {
        get;
        private set;
    } = [];

    public Pagination Pagination { get; private set; } = null!;
    public bool PeutCreer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireCaleol(acteur))
            return Forbid();
        PeutCreer = AccesPages.ModifierCaleol(acteur);
        var commissions = await db.CommissionsCaleol.AsNoTracking().Include(c => c.Membres).ToListAsync(ct);
        var ids = commissions.Select(c => c.BailleurId).Distinct().ToList();
        var bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);
        var toutes = commissions
            .Where(c => AccesCaleol.PeutLire(acteur, [AccesCaleol.Commission(c, bailleurs[c.BailleurId])]))
            .OrderBy(c => c.Nom, Francais.Ordre)
            .Select(c =>
                (
                    Id: c.Id,
                    Nom: c.Nom,
                    Bailleur: bailleurs[c.BailleurId].Nom,
                    Territoire: c.TerritoireCode,
                    Quorum: c.Quorum,
                    Membres: c.Membres.Count
                )
            )
            .ToList();
        if (Format is "csv" or "xlsx")
        {
            var export = toutes.Select(l =>
                (IReadOnlyList<object?>)[l.Nom, l.Bailleur, l.Territoire, l.Quorum, l.Membres]
            );
            return Format == "csv"
                ? ExportTableau.Csv("commissions-caleol", Entetes, export)
                : ExportTableau.Xlsx("commissions-caleol", "Commissions CALEOL", Entetes, export);
        }
        var taille = Pagination.TailleParDefaut;
        NumeroPage = Math.Clamp(NumeroPage, 1, Math.Max(1, (toutes.Count + taille - 1) / taille));
        Lignes = toutes.Skip((NumeroPage - 1) * taille).Take(taille).ToList();
        Pagination = new Pagination(NumeroPage, toutes.Count, taille);
        return Page();
    }
}
