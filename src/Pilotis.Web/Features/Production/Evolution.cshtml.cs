using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Ce qui a changé entre l'instantané de programmation (premier dépôt) et celui de l'agrément — ou, avant l'agrément,
/// le contenu actuel du dossier (DOMAIN §2 : « voir ce qui a changé entre programmation et agrément »).
/// </summary>
public sealed class EvolutionModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Operation Operation { get; private set; } = null!;
    public InstantaneOperation? Programmation { get; private set; }
    public InstantaneOperation? Agrement { get; private set; }
    public IReadOnlyList<DifferenceOperation> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var operation = await db
            .Operations.AsNoTracking()
            .Include(o => o.Lots)
            .Include(o => o.Financements)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (operation is null)
            return NotFound();
        if (!Habilitations.Autorise(acteur, Ressource.Operations, Acte.Lire, operation.Cible()))
            return Forbid();
        Operation = operation;
        var instantanes = await db
            .InstantanesOperation.AsNoTracking()
            .Where(i => i.OperationId == Id)
            .OrderBy(i => i.PrisLe)
            .ThenBy(i => i.Id)
            .ToListAsync(ct);
        Programmation = instantanes.FirstOrDefault(i => i.Phase == PhaseOperation.Programmation);
        Agrement = instantanes.LastOrDefault(i => i.Phase == PhaseOperation.Agrement);
        if (Programmation is not null)
        {
            var apres = Agrement is null ? operation.Contenu() : InstantanesJson.Lire(Agrement.Contenu);
            Differences = ComparaisonInstantanes.Comparer(InstantanesJson.Lire(Programmation.Contenu), apres);
        }
        return Page();
    }
}
