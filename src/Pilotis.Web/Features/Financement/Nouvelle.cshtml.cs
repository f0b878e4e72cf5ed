using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Financement;
using Pilotis.Domain.Financement;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>Un financeur saisit une aide locale, qu'il tient ensuite à jour (création journalisée).</summary>
public sealed class NouvelleModel(PilotisDbContext db, ActeurCourant acteurCourant) : EditionAideModel(db)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!AccesPages.CreerAide(await acteurCourant.LireAsync()))
            return Forbid();
        Financeurs = (await acteurCourant.OrganisationAsync())?.Nom;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.CreerAide(acteur))
            return Forbid();
        var aide = new Aide
        {
            Slug = "",
            Nom = "",
            OrganisationId = acteur!.OrganisationId,
        };
        if (!await AppliquerAsync(aide, ct))
            return Page();
        aide.Slug = await SlugLibreAsync(SlugsAides.DepuisNom(aide.Nom), ct);
        Db.Aides.Add(aide);
        await Db.SaveChangesAsync(ct);
        return Redirect($"/aides/{aide.Slug}");
    }

    /// <summary>Le slug tiré du nom, suffixé (-2, -3…) s'il est déjà pris.</summary>
    private async Task<string> SlugLibreAsync(string base_, CancellationToken ct)
    {
        var pris = await Db.Aides.Where(a => a.Slug.StartsWith(base_)).Select(a => a.Slug).ToListAsync(ct);
        if (!pris.Contains(base_))
            return base_;
        var n = 2;
        while (pris.Contains($"{base_}-{n}"))
            n++;
        return $"{base_}-{n}";
    }
}
