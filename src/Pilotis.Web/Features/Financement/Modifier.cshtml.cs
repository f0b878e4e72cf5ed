using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// Le financeur tient son aide locale à jour, la DDTM de son département la corrige au besoin (table des
/// habilitations) ; chaque modification passe au journal des écritures (historique affiché).
/// </summary>
public sealed class ModifierModel(PilotisDbContext db, ActeurCourant acteurCourant) : EditionAideModel(db)
{
    public string Slug { get; private set; } = "";
    public IReadOnlyList<(DateTimeOffset Quand, string Auteur, string Action)> Historique { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var aide = await Db.Aides.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug && a.Locale, ct);
        if (aide is null)
            return NotFound();
        if (!AccesPages.ModifierAide(await acteurCourant.LireAsync(), await TitulaireAsync(aide, ct)))
            return Forbid();
        Remplir(aide);
        await HistoriqueAsync(aide, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        var aide = await Db.Aides.FirstOrDefaultAsync(a => a.Slug == slug && a.Locale, ct);
        if (aide is null)
            return NotFound();
        if (!AccesPages.ModifierAide(await acteurCourant.LireAsync(), await TitulaireAsync(aide, ct)))
            return Forbid();
        if (!await AppliquerAsync(aide, ct))
        {
            await HistoriqueAsync(aide, ct);
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        return Redirect($"/aides/{aide.Slug}");
    }

    private async Task<Organisation?> TitulaireAsync(Aide aide, CancellationToken ct) =>
        aide.OrganisationId is { } id
            ? await Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct)
            : null;

    private async Task HistoriqueAsync(Aide aide, CancellationToken ct)
    {
        Slug = aide.Slug;
        var cle = aide.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lignes = await Db
            .Journal.AsNoTracking()
            .Where(j => j.Entite == nameof(Aide) && j.EntiteId == cle)
            .OrderByDescending(j => j.Id)
            .Take(50)
            .Select(j => new
            {
                j.Quand,
                j.Auteur,
                j.Action,
            })
            .ToListAsync(ct);
        Historique = lignes.Select(l => (l.Quand, l.Auteur, l.Action)).ToList();
    }
}
