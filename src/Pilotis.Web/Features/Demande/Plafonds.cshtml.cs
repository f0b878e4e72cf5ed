using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Le barème des plafonds de ressources (DOMAIN §4.1), public : une année, ses lignes par géographie et produit, leur
/// source. Un administrateur de la DDTM modifie une ligne ou en ajoute (nouvelle année, produit manquant).
/// </summary>
public sealed class PlafondsModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public IReadOnlyList<int> Annees { get; private set; } = [];
    public IReadOnlyList<PlafondRessourcesParametre> Lignes { get; private set; } = [];
    public bool PeutModifier { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Annees = await db.PlafondsRessources.Select(p => p.Annee).Distinct().OrderBy(a => a).ToListAsync(ct);
        if (Annees.Count == 0)
            return Page();
        if (Annee is int demandee && !Annees.Contains(demandee))
        {
            // Une année sans barème se dit sur la page, qui montre le plus récent (pas de 404 nu).
            ModelState.AddModelError(
                nameof(Annee),
                $"Aucun barème n'est publié pour {demandee} : le plus récent ({Annees[^1]}) est affiché."
            );
            Annee = null;
        }
        Annee ??= Annees[^1];
        Lignes = await db
            .PlafondsRessources.AsNoTracking()
            .Where(p => p.Annee == Annee)
            .OrderBy(p => p.Geographie)
            .ThenBy(p => p.Produit)
            .ToListAsync(ct);
        var acteur = await acteurCourant.LireAsync();
        PeutModifier =
            acteur is not null
            && Habilitations.PorteeAccordee(acteur, Ressource.ParametresDemande, Acte.Modifier) != Portee.Aucune;
        return Page();
    }
}
