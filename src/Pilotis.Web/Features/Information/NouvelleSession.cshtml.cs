using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// La DDTM crée une session de formation des élus de son département. Un message par champ, rien n'est écrit au
/// moindre refus ; la création est journalisée.
/// </summary>
public sealed class NouvelleSessionModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty]
    public SaisieSession Saisie { get; set; } = new();

    public Dictionary<string, string> Erreurs { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.GererFormations(acteur))
            return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.GererFormations(acteur))
            return Forbid();
        var session = new SessionFormation
        {
            DepartementCode = acteur.DepartementCode,
            RegionCode = acteur.RegionCode,
            Lieu = "",
            Formateur = "",
        };
        foreach (var e in Saisie.Lire(session))
            Erreurs.TryAdd(e.Champ, e.Message);
        if (Erreurs.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        session.CreeeLe = horloge.GetUtcNow();
        session.ModifieeLe = session.CreeeLe;
        db.SessionsFormation.Add(session);
        await db.SaveChangesAsync(ct);
        return Redirect($"/formations/{session.Id}?creee=1");
    }

    public string? Erreur(string champ) => Erreurs.GetValueOrDefault(champ);
}
