using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Import;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Territoire;

/// <summary>
/// Import CSV des attributs datés, limité aux communes du périmètre de l'acteur (la DDTM : son département).
/// </summary>
[Authorize]
[RequestSizeLimit(TailleMaximale + 64 * 1024)]
public sealed class ImporterAttributsModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    private const int TailleMaximale = 10 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Fichier { get; set; }
    public BilanImport? Bilan { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await PorteeAsync() == Portee.Aucune ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portee = await PorteeAsync();
        if (portee == Portee.Aucune)
            return Forbid();
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError(nameof(Fichier), "Choisissez un fichier CSV non vide.");
        else if (Fichier.Length > TailleMaximale)
            ModelState.AddModelError(nameof(Fichier), "Le fichier dépasse 10 Mo.");
        else if (!Fichier.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Fichier), "Le fichier doit être au format CSV (.csv).");
        if (!ModelState.IsValid)
            return Page();

        var acteur = (await acteurCourant.LireAsync())!;
        var autorisees = (
            await db
                .Communes.AsNoTracking()
                .Where(c => c.Type == TypeCommune.Actuelle)
                .Where(c =>
                    portee == Portee.Region
                        ? c.RegionCode == acteur.RegionCode
                        : c.DepartementCode == acteur.DepartementCode
                )
                .Select(c => c.Code)
                .ToListAsync(ct)
        ).ToHashSet();
        await using var flux = Fichier!.OpenReadStream();
        Bilan = await new ImportAttributs(db).ExecuterAsync(flux, autorisees.Contains, ct);
        return Page();
    }

    private async Task<Portee> PorteeAsync() =>
        await acteurCourant.PorteeAsync(Ressource.AttributsCommunes, Acte.Modifier);
}
