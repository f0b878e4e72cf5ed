using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Import de l'extrait du registre national des demandes par un administrateur de la DDTM (paramètres de la demande),
/// limité aux demandes de son département. Le fichier téléversé est mis en mémoire tampon sur disque par ASP.NET Core
/// (au-delà de 64 Ko) puis relu deux fois en flux : vérification de tout le fichier, puis écriture (tout ou rien).
/// </summary>
[RequestSizeLimit(TailleMaximale + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMaximale + 64 * 1024)]
public sealed class ImporterDemandesModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    /// <summary>1 Go : l'extrait d'un grand département tient largement ; la France entière passe par la ligne de
    /// commande.</summary>
    public const long TailleMaximale = 1024L * 1024 * 1024;

    [BindProperty]
    public IFormFile? Fichier { get; set; }
    public BilanImportDemandes? Bilan { get; private set; }
    public string? Departement { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var acteur = await ImportateurAsync();
        if (acteur is null)
            return Forbid();
        Departement = acteur.DepartementCode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await ImportateurAsync();
        if (acteur is null)
            return Forbid();
        Departement = acteur.DepartementCode;
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError(nameof(Fichier), "Choisissez un fichier CSV non vide.");
        else if (Fichier.Length > TailleMaximale)
            ModelState.AddModelError(
                nameof(Fichier),
                "Le fichier dépasse 1 Go : utilisez la ligne de commande « pilotis import demandes »."
            );
        else if (!Fichier.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Fichier), "Le fichier doit être au format CSV (.csv).");
        if (!ModelState.IsValid)
            return Page();

        var nom = User.Identity?.Name ?? "?";
        var fichier = Fichier!;
        Bilan = await new ImportDemandes(db, horloge).ExecuterAsync(
            fichier.OpenReadStream,
            departement =>
                Habilitations.Autorise(
                    acteur,
                    Ressource.ParametresDemande,
                    Acte.Modifier,
                    new Cible(null, new Localisation(null, null, departement, null))
                ),
            $"{nom} — import CSV « {Path.GetFileName(fichier.FileName)} »",
            ct: ct
        );
        return Page();
    }

    private async Task<Acteur?> ImportateurAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        return AccesPages.ImporterDemandes(acteur) ? acteur : null;
    }
}
