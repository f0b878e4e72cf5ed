using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>Le bailleur crée une commission d'attribution pour son territoire (CCH L441-2), avec ses membres.
/// </summary>
public sealed class NouvelleCommissionModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty]
    public SaisieCommission Saisie { get; set; } = new();

    public Dictionary<string, string> Erreurs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!AccesPages.ModifierCaleol(await acteurCourant.LireAsync()))
            return Forbid();
        var organisation = await acteurCourant.OrganisationAsync();
        Saisie.TerritoireCode = organisation!.DepartementCode;
        Saisie.Membres =
        [
            new() { Qualite = QualiteMembreCaleol.AdministrateurBailleur },
            new() { Qualite = QualiteMembreCaleol.RepresentantLocataires },
            new() { Qualite = QualiteMembreCaleol.Maire },
            new() { Qualite = QualiteMembreCaleol.Prefet },
            new() { Qualite = QualiteMembreCaleol.PresidentEpci },
        ];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.ModifierCaleol(acteur))
            return Forbid();
        // La portée de modification est celle de l'organisation : le bailleur ne crée que pour lui-même.
        Erreurs = await Saisie.ErreursAsync(db, acteur!.DepartementCode, ct);
        if (Erreurs.Count > 0)
        {
            Saisie.AjouterLignesVides();
            return Page();
        }
        var commission = new CommissionCaleol
        {
            BailleurId = acteur.OrganisationId,
            Nom = "",
            TerritoireCode = "",
        };
        Saisie.Appliquer(commission);
        db.CommissionsCaleol.Add(commission);
        await db.SaveChangesAsync(ct);
        return Redirect($"/caleol/commissions/{commission.Id}");
    }
}
