using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>
/// Le procès-verbal d'une séance, prêt à imprimer (CCH R441-18 : le maire est informé des attributions de sa commune) :
/// commission, date, lieu, membres présents et qualités, quorum, chaque logement et ses décisions, la voix
/// prépondérante si elle a servi, et le bloc des signatures.
/// </summary>
public sealed class ProcesVerbalModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public VueSeance Vue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var vue = await RequetesAttributionCaleol.SeanceAsync(db, id, ct);
        if (vue is null)
            return NotFound();
        var cibles = await AccesCaleol.CiblesSeanceAsync(db, vue.Seance, vue.Commission, vue.Bailleur, ct);
        if (!AccesCaleol.PeutLire(await acteurCourant.LireAsync(), cibles))
            return NotFound();
        Vue = vue;
        return Page();
    }
}
