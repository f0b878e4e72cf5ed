using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Financement.Equilibre;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement.Equilibre;

/// <summary>
/// L'équilibre d'une opération type saisie à la main (sans opération enregistrée) sous la loi actuelle et les
/// propositions nationales. Rien n'est écrit : le formulaire part en GET et se relit tel quel.
/// </summary>
public sealed class OperationTypeModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SaisieOperationType Saisie { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Calculer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Scenario { get; set; }

    public IReadOnlyList<ResultatEquilibre> Resultats { get; private set; } = [];
    public ResultatEquilibre? Choisi { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireParametresFinanciers(acteur))
            return Forbid();
        ModelState.Clear();
        if (Calculer is null)
        {
            // Un exemple à corriger : 20 logements PLUS de 68 m² SU en zone 2 / B1.
            Saisie = new SaisieOperationType
            {
                Nature = "NEUF",
                Zone123 = "2",
                ZoneAbc = "B1",
                LogementsPlus = "20",
                SurfacePlus = "1360",
                ChargeFonciere = "450000",
                CoutTravaux = "2900000",
                Subventions = "60000",
                FondsPropres = "400000",
            };
            return Page();
        }
        var (donnees, erreurs) = ValidationOperationType.Lire(Saisie);
        foreach (var e in erreurs)
            ModelState.AddModelError($"{nameof(Saisie)}.{e.Champ}", e.Message);
        if (donnees is null)
            return Page();
        var parametres = await RequetesEquilibre.ParametresAsync(db, Affichage.JourAParis(horloge.GetUtcNow()), ct);
        Resultats = CalculEquilibre.Scenarios(donnees, parametres);
        Choisi = TableauEquilibre.Choisi(Resultats, Scenario);
        return Page();
    }
}
