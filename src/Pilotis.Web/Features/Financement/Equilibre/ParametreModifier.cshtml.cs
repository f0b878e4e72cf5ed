using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement.Equilibre;

/// <summary>
/// La DDTM ajoute une valeur datée à un paramètre (nouveau taux du Livret A, nouvel avis des loyers…) : la valeur
/// précédente reste dans l'historique ; l'écriture est journalisée par le contexte (qui, quand, quoi).
/// </summary>
public sealed class ParametreModifierModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Valeur { get; set; }

    [BindProperty]
    public string? ValideDepuis { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public bool AConfirmer { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public DefinitionParametreFinancier Definition { get; private set; } = null!;
    public ParametreFinancier? EnVigueur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (EnVigueur is not null)
        {
            Valeur = ValidationParametreFinancier
                .VersSaisie(Definition, EnVigueur.Valeur)
                .ToString("0.####", CultureInfo.GetCultureInfo("fr-FR"));
            AConfirmer = EnVigueur.AConfirmer;
        }
        ValideDepuis = Affichage.JourAParis(horloge.GetUtcNow()).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        ModelState.Clear();
        var (ligne, erreurs) = ValidationParametreFinancier.Lire(Definition, Valeur, ValideDepuis, Source, AConfirmer);
        ModelState.AjouterErreurs(erreurs);
        if (
            ligne is not null
            && await db.ParametresFinanciers.AnyAsync(
                p => p.Code == ligne.Code && p.ValideDepuis == ligne.ValideDepuis,
                ct
            )
        )
            ModelState.AddModelError(
                nameof(ValideDepuis),
                $"Ce paramètre a déjà une valeur au {Affichage.Date(ligne.ValideDepuis)} : choisissez une autre date."
            );
        if (ligne is null || !ModelState.IsValid)
            return Page();
        ligne.ModifieLe = horloge.GetUtcNow();
        ligne.ModifiePar = User.FindFirst(RevendicationsPilotis.NomComplet)?.Value ?? User.Identity?.Name ?? "inconnu";
        db.ParametresFinanciers.Add(ligne);
        await db.SaveChangesAsync(ct);
        Confirmation =
            $"« {Definition.Libelle} » : {ValidationParametreFinancier.Affichage(Definition, ligne.Valeur)} à partir "
            + $"du {Affichage.Date(ligne.ValideDepuis)}.";
        return Redirect($"/financement/parametres?code={Uri.EscapeDataString(Definition.Code)}");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.ModifierParametresFinanciers(acteur))
            return Forbid();
        if (CatalogueParametresFinanciers.Trouver(Code) is not { } definition)
            return NotFound();
        Definition = definition;
        var aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        EnVigueur = await db
            .ParametresFinanciers.AsNoTracking()
            .Where(p => p.Code == definition.Code && p.ValideDepuis <= aujourdhui)
            .OrderByDescending(p => p.ValideDepuis)
            .FirstOrDefaultAsync(ct);
        return null;
    }
}
