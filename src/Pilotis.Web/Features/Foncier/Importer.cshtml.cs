using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Data.Import;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// Import CSV des sites par un agent d'EPCI, limité aux communes de son territoire (docs/formats/foncier.md) : tout le
/// fichier est vérifié, rien n'est écrit s'il contient une erreur, réimporter le même fichier ne change rien.
/// </summary>
[RequestSizeLimit(TailleMaximale + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMaximale + 64 * 1024)]
public sealed class ImporterModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    private const int TailleMaximale = 20 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Fichier { get; set; }
    public BilanImport? Bilan { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        AccesPages.ImporterFoncier(await acteurCourant.LireAsync()) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.ImporterFoncier(acteur))
            return Forbid();
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError(nameof(Fichier), "Choisissez un fichier CSV non vide.");
        else if (Fichier.Length > TailleMaximale)
            ModelState.AddModelError(nameof(Fichier), "Le fichier dépasse 20 Mo.");
        else if (!Fichier.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Fichier), "Le fichier doit être au format CSV (.csv).");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        // Chaque ligne doit viser une commune où la table des droits ouvre l'import à l'acteur (son territoire).
        bool Autorisee(LieuCommune c) =>
            Habilitations.Autorise(
                acteur,
                Ressource.Foncier,
                Acte.Importer,
                new Cible(null, new Localisation(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode))
            );
        await using var flux = Fichier!.OpenReadStream();
        Bilan = await new ImportSitesFonciers(db, horloge).ExecuterAsync(flux, Autorisee, ct);
        if (!Bilan.Reussi)
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
