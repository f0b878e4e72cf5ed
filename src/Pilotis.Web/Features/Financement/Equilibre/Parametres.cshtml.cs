using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement.Equilibre;

/// <summary>
/// Les paramètres de l'équilibre d'opération : la valeur en vigueur de chacun, sa date d'effet, sa source, la mention
/// « à confirmer » ; l'historique d'un paramètre (?code=) ; export CSV et XLSX. La DDTM ajoute une valeur datée.
/// </summary>
public sealed class ParametresModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Groupe { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public bool PeutModifier { get; private set; }
    public DateOnly Aujourdhui { get; private set; }
    public IReadOnlyList<string> Groupes { get; } =
    [.. CatalogueParametresFinanciers.Definitions.Select(d => d.Groupe).Distinct()];
    public DefinitionParametreFinancier? Historique { get; private set; }
    public List<(DefinitionParametreFinancier Definition, ParametreFinancier Ligne)> Lignes { get; private set; } = [];
    public List<(DefinitionParametreFinancier Definition, ParametreFinancier Ligne)> PageCourante
    {
        get;
        private set;
    } = [];
    public Pagination Pagination { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireParametresFinanciers(acteur))
            return Forbid();
        PeutModifier = AccesPages.ModifierParametresFinanciers(acteur);
        Aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        var toutes = await db.ParametresFinanciers.AsNoTracking().ToListAsync(ct);
        Historique = CatalogueParametresFinanciers.Trouver(Code);
        if (Code is not null && Historique is null)
            return NotFound();
        if (!Groupes.Contains(Groupe))
            Groupe = null;
        var definitions = CatalogueParametresFinanciers.Definitions.Where(d =>
            Historique is null ? Groupe is null || d.Groupe == Groupe : d == Historique
        );
        Lignes = [.. definitions.SelectMany(d => LignesDe(d, toutes))];
        if (Format is "csv" or "xlsx")
        {
            var entetes = new[] { "Code", "Paramètre", "Valeur", "Valable depuis", "Source", "À confirmer" };
            var lignes = Lignes.Select(l =>
                (IReadOnlyList<object?>)
                    [
                        l.Definition.Code,
                        l.Definition.Libelle,
                        ValidationParametreFinancier.Affichage(l.Definition, l.Ligne.Valeur),
                        l.Ligne.ValideDepuis,
                        l.Ligne.Source,
                        l.Ligne.AConfirmer ? "oui" : "non",
                    ]
            );
            return Format == "csv"
                ? ExportTableau.Csv("parametres-financiers", entetes, lignes)
                : ExportTableau.Xlsx("parametres-financiers", "Paramètres", entetes, lignes);
        }
        var taille = Pagination.TailleParDefaut;
        var pages = Math.Max(1, (Lignes.Count + taille - 1) / taille);
        NumeroPage = Math.Clamp(NumeroPage, 1, pages);
        PageCourante = [.. Lignes.Skip((NumeroPage - 1) * taille).Take(taille)];
        Pagination = new Pagination(NumeroPage, Lignes.Count, taille);
        return Page();
    }

    /// <summary>La ligne en vigueur aujourd'hui ; tout l'historique pour un seul code.</summary>
    private IEnumerable<(DefinitionParametreFinancier, ParametreFinancier)> LignesDe(
        DefinitionParametreFinancier d,
        List<ParametreFinancier> toutes
    )
    {
        var lignes = toutes
            .Where(l => l.Code == d.Code)
            .OrderByDescending(l => l.ValideDepuis)
            .ThenByDescending(l => l.Id)
            .ToList();
        if (Historique is not null)
            return lignes.Select(l => (d, l));
        var enVigueur = lignes.FirstOrDefault(l => l.ValideDepuis <= Aujourdhui) ?? lignes.LastOrDefault();
        return enVigueur is null ? [] : [(d, enVigueur)];
    }
}
