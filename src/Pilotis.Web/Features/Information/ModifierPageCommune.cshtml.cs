using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Information;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// La commune rédige sa page publique (seed 001, solution 8) : son texte (texte brut, jamais de HTML), les blocs
/// qu'elle montre, la publication ; elle copie le code d'intégration (iframe) pour son site. Écritures journalisées.
/// </summary>
public sealed class ModifierPageCommuneModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public string? Texte { get; set; }

    /// <summary>Les blocs cochés (affichés).</summary>
    [BindProperty]
    public List<BlocPageCommune> Blocs { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? Retour { get; set; }

    public Commune Commune { get; private set; } = null!;
    public PageCommune Fiche { get; private set; } = null!;

    /// <summary>Le code à coller dans le site de la commune.</summary>
    public string CodeIntegration =>
        $"<iframe src=\"{Request.Scheme}://{Request.Host}/communes/{Code}?integre=1\" "
        + $"title=\"Le logement social à {Commune.Nom}\" width=\"100%\" height=\"1200\" loading=\"lazy\"></iframe>";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        Texte = Fiche.Texte;
        Blocs = BlocsPageCommune.Tous.Where(b => BlocsPageCommune.Affiche(Fiche.BlocsMasques, b)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var texte = string.IsNullOrWhiteSpace(Texte) ? null : Texte.Trim();
        if (texte is { Length: > PageCommune.LongueurTexteMaximum })
            ModelState.AddModelError(
                nameof(Texte),
                MessagesSaisie.TropLong("Le texte", PageCommune.LongueurTexteMaximum)
            );
        if (Blocs.Any(b => !BlocsPageCommune.Tous.Contains(b)))
            ModelState.AddModelError(nameof(Blocs), "Choisissez les blocs dans la liste.");
        if (!ModelState.IsValid)
            return Page();
        Fiche.Texte = texte;
        Fiche.BlocsMasques = BlocsPageCommune
            .Tous.Where(b => !Blocs.Contains(b))
            .Aggregate(BlocPageCommune.Aucun, (m, b) => m | b);
        await EnregistrerAsync(ct);
        return Redirect($"/communes/{Code}/modifier?retour=enregistree");
    }

    public async Task<IActionResult> OnPostPublierAsync(bool publier, CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        if (publier && !Fiche.Publiee)
        {
            Fiche.Publiee = true;
            Fiche.PublieeLe = aujourdhui;
        }
        else if (!publier && Fiche.Publiee)
        {
            Fiche.Publiee = false;
            Fiche.DepublieeLe = aujourdhui;
        }
        await EnregistrerAsync(ct);
        return Redirect($"/communes/{Code}/modifier?retour={(publier ? "publiee" : "retiree")}");
    }

    private async Task EnregistrerAsync(CancellationToken ct)
    {
        Fiche.ModifieLe = horloge.GetUtcNow();
        if (db.Entry(Fiche).State == EntityState.Detached)
            db.PagesCommunes.Add(Fiche);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>La commune, sa page (nouvelle si absente) et le droit de la rédiger ; un refus (404, 403)
    /// sinon.</summary>
    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        if (!CodeCommune.BienForme(Code))
            return NotFound();
        var commune = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Code == Code && c.Type == TypeCommune.Actuelle, ct);
        if (commune is null)
            return NotFound();
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Challenge();
        var cible = new Cible(
            null,
            new Localisation(commune.Code, commune.EpciSiren, commune.DepartementCode, commune.RegionCode)
        );
        if (!Habilitations.Autorise(acteur, Ressource.PagesCommunes, Acte.Modifier, cible))
            return Forbid();
        Commune = commune;
        Fiche = await db.PagesCommunes.FirstOrDefaultAsync(p => p.CommuneCode == Code, ct)
            ?? new PageCommune { CommuneCode = Code };
        return null;
    }
}
