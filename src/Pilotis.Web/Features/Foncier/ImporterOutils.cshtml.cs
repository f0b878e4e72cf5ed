using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Data.Import;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// Import CSV du registre des outils fonciers (docs/formats/outils-fonciers.md) par qui peut les modifier : chaque
/// ligne doit viser un outil que la table des droits lui ouvre (la commune les siens, l'EPCI ceux de ses communes,
/// l'EPF ses conventions de portage). Tout le fichier est vérifié, rien n'est écrit s'il contient une erreur,
/// réimporter le même fichier ne change rien.
/// </summary>
[RequestSizeLimit(TailleMaximale + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMaximale + 64 * 1024)]
public sealed class ImporterOutilsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    private const int TailleMaximale = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Fichier { get; set; }
    public BilanImport? Bilan { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        AccesPages.ModifierOutilsFonciers(await acteurCourant.LireAsync()) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.ModifierOutilsFonciers(acteur))
            return Forbid();
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError(nameof(Fichier), "Choisissez un fichier CSV non vide.");
        else if (Fichier.Length > TailleMaximale)
            ModelState.AddModelError(nameof(Fichier), "Le fichier dépasse 5 Mo.");
        else if (!Fichier.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Fichier), "Le fichier doit être au format CSV (.csv).");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        bool Autorise(OutilFoncier o) =>
            Habilitations.Autorise(acteur, Ressource.OutilsFonciers, Acte.Modifier, o.Cible());
        await using var flux = Fichier!.OpenReadStream();
        Bilan = await new ImportOutilsFonciers(db, horloge).ExecuterAsync(flux, Autorise, ct);
        if (!Bilan.Reussi)
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
