using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Web.Features.Demande.Cotation;

/// <summary>
/// Page publique de la grille publiée d'un EPCI (critères, points, plafonds, date de publication) et de l'historique
/// des versions (archivées, avec leurs dates d'application) : un score passé s'explique avec la version de sa date.
/// </summary>
[AllowAnonymous]
public sealed class GrilleModel(PilotisDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Siren { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    public string Nom { get; private set; } = "";
    public GrilleCotation? Affichee { get; private set; }
    public IReadOnlyList<GrilleCotation> Historique { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Siren.All(char.IsAsciiDigit))
            return NotFound();
        var nom = await db.Epcis.AsNoTracking().Where(e => e.Siren == Siren).Select(e => e.Nom).FirstOrDefaultAsync(ct);
        if (nom is null)
            return NotFound();
        Nom = nom;
        // Les brouillons ne sont pas publics : seules les versions publiée et archivées s'affichent.
        Historique = await db
            .GrillesCotation.AsNoTracking()
            .Where(g => g.EpciSiren == Siren && g.Statut != StatutGrille.Brouillon)
            .OrderByDescending(g => g.Version)
            .ToListAsync(ct);
        Affichee = Version is int v
            ? Historique.FirstOrDefault(g => g.Version == v)
            : Historique.FirstOrDefault(g => g.Statut == StatutGrille.Publiee);
        if (Version is not null && Affichee is null)
            return NotFound();
        return Page();
    }
}
