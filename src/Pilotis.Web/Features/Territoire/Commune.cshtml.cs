using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Territoire;

/// <summary>
/// Fiche d'une commune : population, EPCI, zonages et statuts en vigueur. Page publique ; la modification est réservée.
/// </summary>
public sealed class CommuneModel(RequetesTerritoire requetes, ActeurCourant acteur) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public CommuneDetail Commune { get; private set; } = null!;
    public bool PeutModifier { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!RequetesTerritoire.CodeCommuneValide(Code))
            return NotFound();
        var commune = await requetes.CommuneAsync(Code, ct);
        if (commune is null)
            return NotFound();
        Commune = commune;
        PeutModifier = await acteur.AutoriseAsync(Ressource.AttributsCommunes, Acte.Modifier, CibleCommune(commune));
        return Page();
    }

    public static Cible CibleCommune(CommuneDetail c) =>
        new(null, new Localisation(c.Code, c.Epci, c.Departement, c.Region));
}
