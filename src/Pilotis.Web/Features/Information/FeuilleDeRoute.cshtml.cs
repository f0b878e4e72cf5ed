using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Information;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Tableau de bord de la feuille de route (seed 001, III ; ticket 14, point 5) : les 11 solutions, leurs indicateurs
/// calculés depuis les modules sur trois ans, la cible fixée par la DDTM et l'avancement ; chaque chiffre mène aux
/// lignes qui le font (selon les droits) ; export XLSX ; version imprimable dans le rapport au CDHH.
/// </summary>
public sealed class FeuilleDeRouteModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    CalculFeuilleDeRoute calcul,
    TimeProvider horloge
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [ValeurAnnee(2000, 2100)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public int AnneeAffichee { get; private set; }
    public string DepartementNom { get; private set; } = "";
    public TableauFeuilleDeRoute Tableau { get; private set; } = null!;
    public Acteur Acteur { get; private set; } = null!;
    public bool PeutFixerCibles { get; private set; }
    public bool PeutImprimer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        return ExportTableau.Xlsx(
            $"feuille-de-route-{Departement}-{AnneeAffichee}",
            "Feuille de route",
            Tableau.Entetes,
            Tableau.LignesExport()
        );
    }

    public VueTableauFeuilleDeRoute Vue => new(Tableau, LienDetail, LienCible);

    /// <summary>Le formulaire de la cible d'un indicateur, pour qui peut la fixer.</summary>
    public string? LienCible(string code) =>
        PeutFixerCibles
            ? $"/feuille-de-route/objectifs?code={code}&annee={AnneeAffichee}&departement={Departement}"
            : null;

    /// <summary>Le lien vers les lignes derrière un chiffre, seulement si l'acteur peut ouvrir la page.</summary>
    public string? LienDetail(string page) => AccesPages.PeutOuvrir(Acteur, page) ? page : null;

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFeuilleDeRoute(acteur))
            return Forbid();
        Acteur = acteur;
        var dep = await DepartementChoisi.LireAsync(db, acteur, Ressource.FeuilleDeRoute, Acte.Lire, Departement, ct);
        if (dep is null)
            return Forbid();
        if (dep.Value.Refuse)
            ModelState.AddModelError(nameof(Departement), MessagesSaisie.DepartementInconnu(Departement));
        (Departement, DepartementNom) = (dep.Value.Code, dep.Value.Nom);
        AnneeAffichee = Annee ?? DateOnly.FromDateTime(horloge.GetLocalNow().DateTime).Year;
        Tableau = await TableauFeuilleDeRoute.ChargerAsync(calcul, AnneeAffichee, Departement, ct);
        PeutFixerCibles = AccesPages.ModifierFeuilleDeRoute(acteur);
        PeutImprimer = Habilitations.PorteeAccordee(acteur, Ressource.RevuesProjets, Acte.Lire) >= Portee.Departement;
        return null;
    }
}
