using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Le compte d'une commune arrive sur le fil de sa commune ; les autres sur la liste des logements.</summary>
public sealed class MaCommuneModel(ActeurCourant acteurCourant) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var organisation = await acteurCourant.OrganisationAsync();
        if (organisation is null)
            return Forbid();
        return organisation.PerimetreNiveau == NiveauPerimetre.Commune
            ? Redirect($"/attribution/communes/{organisation.PerimetreCode}")
            : Redirect("/attribution/a-attribuer");
    }
}
