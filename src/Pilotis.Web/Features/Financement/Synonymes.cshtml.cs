using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Financement;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// Les synonymes de la recherche, tenus par un administrateur de la DDTM : un groupe par ligne, expressions séparées
/// par « ; ». Chaque groupe ajouté, modifié ou retiré passe au journal des écritures.
/// </summary>
public sealed class SynonymesModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public const int LongueurGroupeMaximum = 1000;

    [BindProperty]
    public string Texte { get; set; } = "";
    public bool Enregistre { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool enregistre, CancellationToken ct)
    {
        if (!AccesPages.ImporterAides(await acteurCourant.LireAsync()))
            return Forbid();
        var groupes = await db.SynonymesAides.OrderBy(s => s.Id).Select(s => s.Expressions).ToListAsync(ct);
        Texte = string.Join("\n", groupes);
        Enregistre = enregistre;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!AccesPages.ImporterAides(await acteurCourant.LireAsync()))
            return Forbid();
        var lignes = (Texte ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lignes.Length; i++)
        {
            var expressions = new SynonymeAide { Expressions = lignes[i] }.Liste();
            if (lignes[i].Length > LongueurGroupeMaximum)
                ModelState.AddModelError(nameof(Texte), $"Ligne {i + 1} : {LongueurGroupeMaximum} caractères au plus.");
            else if (expressions.Count < 2)
                ModelState.AddModelError(
                    nameof(Texte),
                    $"Ligne {i + 1} : au moins deux expressions séparées par « ; » (« PLAI ; prêt locatif aidé "
                        + "d'intégration »)."
                );
        }
        if (!ModelState.IsValid)
            return Page();
        var existants = await db.SynonymesAides.OrderBy(s => s.Id).ToListAsync(ct);
        var normalises = lignes.Select(l => string.Join(" ; ", new SynonymeAide { Expressions = l }.Liste())).ToList();
        for (var i = 0; i < Math.Max(existants.Count, normalises.Count); i++)
        {
            if (i >= normalises.Count)
                db.SynonymesAides.Remove(existants[i]);
            else if (i >= existants.Count)
                db.SynonymesAides.Add(new SynonymeAide { Expressions = normalises[i] });
            else if (existants[i].Expressions != normalises[i])
                existants[i].Expressions = normalises[i];
        }
        await db.SaveChangesAsync(ct);
        return Redirect("/aides/synonymes?enregistre=true");
    }
}
