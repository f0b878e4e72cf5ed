using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Import du parc de logements (répertoire RPLS, CCH L411-10) : un bailleur importe ses logements, la DDT(M) ceux de
/// son département. Même import que « pilotis import logements » (<see cref="ImportLogements"/>) : tout le fichier
/// vérifié d'abord, tout ou rien, réimport sans effet.
/// </summary>
[RequestSizeLimit(TailleMaximale + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMaximale + 64 * 1024)]
public sealed class ImporterLogementsModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    /// <summary>256 Mo : le parc d'un grand bailleur tient ; le national passe par la ligne de commande.</summary>
    public const long TailleMaximale = 256L * 1024 * 1024;

    [BindProperty]
    public IFormFile? Fichier { get; set; }
    public BilanImportLogements? Bilan { get; private set; }
    public PerimetreImportLogements Perimetre { get; private set; } = PerimetreImportLogements.Tout;

    public async Task<IActionResult> OnGetAsync()
    {
        var perimetre = await PerimetreAsync();
        if (perimetre is null)
            return Forbid();
        Perimetre = perimetre;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var perimetre = await PerimetreAsync();
        if (perimetre is null)
            return Forbid();
        Perimetre = perimetre;
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError(nameof(Fichier), "Choisissez un fichier CSV non vide.");
        else if (Fichier.Length > TailleMaximale)
            ModelState.AddModelError(
                nameof(Fichier),
                "Le fichier dépasse 256 Mo : demandez l'import à l'administrateur (« pilotis import logements »)."
            );
        else if (!Fichier.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Fichier), "Le fichier doit être au format CSV (.csv).");
        if (!ModelState.IsValid)
            return Page();
        var fichier = Fichier!;
        Bilan = await new ImportLogements(db).ExecuterAsync(
            fichier.OpenReadStream,
            perimetre,
            $"{User.Identity?.Name ?? "?"} — import CSV « {Path.GetFileName(fichier.FileName)} »",
            ct
        );
        return Page();
    }

    private async Task<PerimetreImportLogements?> PerimetreAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        return AccesPages.ImporterLogements(acteur) ? PerimetreImportLogements.De(acteur!) : null;
    }
}
