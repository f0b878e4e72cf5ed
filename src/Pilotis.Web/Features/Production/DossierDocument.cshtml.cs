using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>Téléchargement d'une version d'une pièce, pour qui peut consulter l'opération.</summary>
public sealed class DossierDocumentModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    IConfiguration configuration,
    IWebHostEnvironment environnement
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Document { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var operation = await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == Id, ct);
        var document = await db
            .DocumentsOperation.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == Document && d.OperationId == Id, ct);
        if (operation is null || document is null)
            return NotFound();
        if (!await acteurCourant.AutoriseAsync(Ressource.Operations, Acte.Lire, operation.Cible()))
            return Forbid();
        var chemin = FichiersDossier.Depuis(configuration, environnement).Chemin(Id, document.Stockage);
        if (chemin is null)
            return NotFound();
        return PhysicalFile(chemin, document.TypeContenu, document.NomFichier);
    }
}
