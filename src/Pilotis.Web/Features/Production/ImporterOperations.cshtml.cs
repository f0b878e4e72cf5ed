using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Reprise des opérations existantes par la DDTM (tableur, export de l'État) : limitée aux communes de son département
/// ;
/// tout le fichier est vérifié, rien n'est écrit s'il contient une erreur, réimporter le même fichier ne change rien.
/// </summary>
[RequestSizeLimit(TailleMaximale + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMaximale + 64 * 1024)]
public sealed class ImporterOperationsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    private const int TailleMaximale = 50 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Fichier { get; set; }
    public BilanImportOperations? Bilan { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ImportateurAsync() is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await ImportateurAsync();
        if (acteur is null)
            return Forbid();
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError(nameof(Fichier), "Choisissez un fichier CSV non vide.");
        else if (Fichier.Length > TailleMaximale)
            ModelState.AddModelError(
                nameof(Fichier),
                "Le fichier dépasse 50 Mo : utilisez la ligne de commande « pilotis import operations »."
            );
        else if (!Fichier.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Fichier), "Le fichier doit être au format CSV (.csv).");
        if (!ModelState.IsValid)
            return Page();

        var nom = User.Identity?.Name ?? "?";
        await using var flux = Fichier!.OpenReadStream();
        // Un import ne vise que les communes du département de la DDTM (portée « département » des habilitations).
        Bilan = await new ImportOperations(db, horloge).ExecuterAsync(
            flux,
            code =>
                Habilitations.Autorise(
                    acteur,
                    Ressource.Operations,
                    Acte.Modifier,
                    new Cible(null, new Localisation(code, null, CodeDepartement(code), null))
                ),
            $"{nom} — import CSV « {Path.GetFileName(Fichier.FileName)} »",
            ct: ct
        );
        return Page();
    }

    /// <summary>Département d'une commune d'après son code INSEE (2A/2B pour la Corse, 3 chiffres outre-mer).</summary>
    private static string CodeDepartement(string code) =>
        code.StartsWith("97", StringComparison.Ordinal) ? code[..3] : code[..2];

    private async Task<Acteur?> ImportateurAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        return AccesPages.ImporterOperations(acteur) ? acteur : null;
    }
}
