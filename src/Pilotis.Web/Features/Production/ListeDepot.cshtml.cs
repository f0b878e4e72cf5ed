using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// La liste de dépôt du département (seed 000, question 3 : une même liste de pièces et d'informations par produit et
/// nature pour tous les instructeurs), lisible par tous ceux qui consultent la programmation, modifiable par la DDTM.
/// </summary>
public sealed class ListeDepotModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public List<ExigenceDepot> Exigences { get; private set; } = [];
    public string Departement { get; private set; } = "";
    public bool PeutModifier { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireProgrammation(acteur))
            return Forbid();
        Departement = acteur.DepartementCode;
        Exigences = await Pilotis.Data.Production.RequetesProduction.ListeDepotAsync(db, Departement, ct);
        PeutModifier = ListeDepotAcces.PeutModifier(acteur);
        return Page();
    }

    /// <summary>Libellé des natures ou produits d'une exigence (« toutes » quand la liste est vide).</summary>
    public static string Etendue(string codes, bool natures)
    {
        var liste = ExigenceDepot.Liste(codes);
        if (liste.Count == 0)
            return natures ? "toutes" : "tous";
        return string.Join(
            ", ",
            liste.Select(c =>
                natures
                    ? CodesProduction.Natures.FirstOrDefault(n => n.Code == c).Libelle ?? c
                    : CodesProduction.Produits.FirstOrDefault(p => p.Code == c).Libelle ?? c
            )
        );
    }
}
