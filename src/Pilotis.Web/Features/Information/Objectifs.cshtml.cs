using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// La DDTM fixe la cible d'un indicateur de la feuille de route pour une année dans son département : une cible par
/// indicateur et par année, remplacée à chaque saisie ; l'écriture est journalisée par le contexte (qui, quand, quoi).
/// </summary>
public sealed class ObjectifsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty]
    public string? Cible { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public IndicateurFeuilleDeRoute Indicateur { get; private set; } = null!;
    public SolutionFeuilleDeRoute Solution { get; private set; } = null!;
    public string DepartementNom { get; private set; } = "";
    public ObjectifFeuilleDeRoute? Actuel { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        Cible = Actuel?.Cible.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        ModelState.Clear();
        var (cible, erreurs) = ValidationObjectif.Lire(Indicateur, Annee, Cible);
        ModelState.AjouterErreurs(erreurs);
        if (cible is null || !ModelState.IsValid)
            return Page();
        var auteur = User.FindFirst(RevendicationsPilotis.NomComplet)?.Value ?? User.Identity?.Name ?? "inconnu";
        var objectif = await db.ObjectifsFeuilleDeRoute.FirstOrDefaultAsync(
            o => o.DepartementCode == Departement && o.Annee == Annee && o.CodeIndicateur == Indicateur.Code,
            ct
        );
        if (objectif is null)
        {
            objectif = new ObjectifFeuilleDeRoute
            {
                DepartementCode = Departement!,
                Annee = Annee,
                CodeIndicateur = Indicateur.Code,
                ModifiePar = auteur,
            };
            db.ObjectifsFeuilleDeRoute.Add(objectif);
        }
        objectif.Cible = cible.Value;
        objectif.ModifiePar = auteur;
        objectif.ModifieLe = horloge.GetUtcNow();
        objectif.Jeton = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        Confirmation =
            $"Cible {Annee} de « {Indicateur.Libelle} » : {Affichage.Chiffre(cible.Value, 2)} ({Indicateur.Unite}).";
        return Redirect($"/feuille-de-route?annee={Annee}&departement={Departement}");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.ModifierFeuilleDeRoute(acteur))
            return Forbid();
        if (FeuilleDeRoute.Trouver(Code) is not { } indicateur)
            return NotFound();
        Indicateur = indicateur;
        Solution = FeuilleDeRoute.Solutions.First(s => s.Indicateurs.Contains(indicateur));
        var dep = await DepartementChoisi.LireAsync(
            db,
            acteur,
            Ressource.FeuilleDeRoute,
            Acte.Modifier,
            Departement,
            ct
        );
        if (dep is null || dep.Value.Refuse)
            return dep is null ? Forbid() : NotFound();
        (Departement, DepartementNom) = (dep.Value.Code, dep.Value.Nom);
        if (Annee == 0)
            Annee = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime).Year;
        var (d, a, c) = (Departement, Annee, Indicateur.Code);
        Actuel = await db
            .ObjectifsFeuilleDeRoute.AsNoTracking()
            .FirstOrDefaultAsync(o => o.DepartementCode == d && o.Annee == a && o.CodeIndicateur == c, ct);
        return null;
    }
}
