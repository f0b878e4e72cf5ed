using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// La concertation des habitants sur une opération (seed 001, solution 7) : la liste de ses actions, lue par qui lit
/// l'opération (bailleur, commune, EPCI, DDTM), et le formulaire du bailleur de l'opération pour en ajouter une.
/// </summary>
public sealed class ConcertationOperationModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty]
    public SaisieConcertation Saisie { get; set; } = new();

    public Operation Operation { get; private set; } = null!;
    public List<ActionConcertation> Actions { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public Dictionary<string, string> Erreurs { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        return await ChargerAsync(acteur, id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (await ChargerAsync(acteur, id, ct) is IActionResult refus)
            return refus;
        // Seul le bailleur de l'opération enregistre sa concertation (table des droits, ressource Concertations).
        if (!PeutModifier)
            return Forbid();
        var action = new ActionConcertation { OperationId = Operation.Id };
        foreach (var e in Saisie.Lire(action, Francais.JourAParis(horloge.GetUtcNow())))
            Erreurs.TryAdd(e.Champ, e.Message);
        if (Erreurs.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        action.CreeeLe = horloge.GetUtcNow();
        action.ModifieeLe = action.CreeeLe;
        db.ActionsConcertation.Add(action);
        await db.SaveChangesAsync(ct);
        return Redirect($"/operations/{Operation.Id}/concertation?enregistre=1");
    }

    /// <summary>Lit l'opération et ses actions ; 404 pour une opération inconnue, 403 hors des droits.</summary>
    private async Task<IActionResult?> ChargerAsync(Acteur? acteur, int id, CancellationToken ct)
    {
        if (acteur is null)
            return Forbid();
        var operation = await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (operation is null)
            return NotFound();
        if (!Habilitations.Autorise(acteur, Ressource.Concertations, Acte.Lire, operation.Cible()))
            return Forbid();
        Operation = operation;
        PeutModifier = Habilitations.Autorise(acteur, Ressource.Concertations, Acte.Modifier, operation.Cible());
        Actions = await db
            .ActionsConcertation.AsNoTracking()
            .Where(a => a.OperationId == id)
            .OrderByDescending(a => a.Date)
            .ThenByDescending(a => a.Id)
            .ToListAsync(ct);
        return null;
    }

    public string? Erreur(string champ) => Erreurs.GetValueOrDefault(champ);
}
