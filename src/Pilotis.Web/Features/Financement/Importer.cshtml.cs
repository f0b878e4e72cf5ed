using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Financement;
using Pilotis.Data.Import;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// Import web du catalogue d'aides-territoires par un administrateur de la DDTM (docs/formats/aides.md) : même import
/// que « pilotis import aides », tout ou rien, réimport identique sans effet.
/// </summary>
[RequestSizeLimit(TailleMaximale + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMaximale + 64 * 1024)]
public sealed class ImporterModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    private const int TailleMaximale = 50 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Fichier { get; set; }
    public BilanImport? Bilan { get; private set; }
    public string? ErreurFormat { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        AccesPages.ImporterAides(await acteurCourant.LireAsync()) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!AccesPages.ImporterAides(await acteurCourant.LireAsync()))
            return Forbid();
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError(nameof(Fichier), "Choisissez un fichier JSON non vide.");
        else if (Fichier.Length > TailleMaximale)
            ModelState.AddModelError(
                nameof(Fichier),
                "Le fichier dépasse 50 Mo : utilisez la ligne de commande « pilotis import aides »."
            );
        else if (!Fichier.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Fichier), "Le fichier doit être au format JSON (.json).");
        if (!ModelState.IsValid)
            return Page();
        await using var flux = Fichier!.OpenReadStream();
        (Bilan, ErreurFormat) = await new ImportAides(db).ExecuterAsync(flux, ct);
        return Page();
    }
}
