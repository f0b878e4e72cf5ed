using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Import;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Import CSV de l'inventaire SRU par la DDTM, limité aux communes de son département (docs/formats/inventaire-sru.md)
/// :
/// tout le fichier est vérifié, rien n'est écrit s'il contient une erreur, réimporter le même fichier ne change rien.
/// </summary>
[RequestSizeLimit(TailleMaximale + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMaximale + 64 * 1024)]
public sealed class ImporterInventaireModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    private const int TailleMaximale = 20 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Fichier { get; set; }
    public BilanImport? Bilan { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await InstructeurAsync() is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await InstructeurAsync();
        if (acteur is null)
            return Forbid();
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError(nameof(Fichier), "Choisissez un fichier CSV non vide.");
        else if (Fichier.Length > TailleMaximale)
            ModelState.AddModelError(nameof(Fichier), "Le fichier dépasse 20 Mo.");
        else if (!Fichier.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Fichier), "Le fichier doit être au format CSV (.csv).");
        if (!ModelState.IsValid)
            return Page();

        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle)
            .Select(c => new
            {
                c.Code,
                c.EpciSiren,
                c.DepartementCode,
                c.RegionCode,
            })
            .Where(c => c.DepartementCode == acteur.DepartementCode)
            .ToListAsync(ct);
        var autorisees = communes
            .Where(c =>
                HabilitationsSru.PeutInstruire(
                    acteur,
                    HabilitationsSru.Commune(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode)
                )
            )
            .Select(c => c.Code)
            .ToHashSet();
        await using var flux = Fichier!.OpenReadStream();
        Bilan = await new ImportInventaireSru(db).ExecuterAsync(
            flux,
            autorisees.Contains,
            $"Import CSV « {Path.GetFileName(Fichier.FileName)} »",
            ct
        );
        return Page();
    }

    private async Task<Acteur?> InstructeurAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        return AccesPages.ImporterInventaireSru(acteur) ? acteur : null;
    }
}
