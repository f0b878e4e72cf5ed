using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Referents;

/// <summary>
/// Les fiches de l'annuaire d'une organisation (seed 001, solution 9) : l'organisation (ou la DDTM du département) les
/// saisit, les modifie, les retire, et confirme chaque année qu'elles sont à jour (« à jour au … »). Chaque écriture
/// passe par le journal (PilotisDbContext).
/// </summary>
public sealed class OrganisationModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>La fiche en cours de modification (0 : une nouvelle fiche).</summary>
    [BindProperty(SupportsGet = true, Name = "modifier")]
    public int FicheId { get; set; }

    [BindProperty]
    public SaisieReferent Saisie { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? Retour { get; set; }

    public Organisation Organisation { get; private set; } = null!;
    public List<Referent> Fiches { get; private set; } = [];
    public DateOnly Aujourdhui { get; private set; }
    public IReadOnlyList<ThemeReferent> Attendus { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (FicheId != 0)
        {
            var fiche = Fiches.FirstOrDefault(f => f.Id == FicheId);
            if (fiche is null)
                return NotFound();
            Saisie = SaisieReferent.De(fiche);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostEnregistrerAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var fiche = FicheId == 0 ? new Referent { Nom = "" } : await db.Referents.FindAsync([FicheId], ct);
        if (fiche is null || (FicheId != 0 && fiche.OrganisationId != Id))
            return NotFound();
        Saisie.Appliquer(fiche);
        ModelState.AjouterErreurs(
            ValidationReferent.Erreurs(fiche).Select(e => e with { Champ = "Saisie." + e.Champ })
        );
        if (!ModelState.IsValid)
            return Page();
        fiche.OrganisationId = Id;
        // Saisir ou corriger une fiche, c'est la dire à jour ce jour-là.
        fiche.ConfirmeLe = Aujourdhui;
        fiche.ModifieLe = horloge.GetUtcNow();
        fiche.CleRecherche = CleRecherche(fiche, Organisation.Nom);
        if (FicheId == 0)
            db.Referents.Add(fiche);
        await db.SaveChangesAsync(ct);
        return Redirect($"/annuaire/organisations/{Id}?retour=enregistree");
    }

    public async Task<IActionResult> OnPostSupprimerAsync(int fiche, CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var ligne = await db.Referents.FirstOrDefaultAsync(r => r.Id == fiche && r.OrganisationId == Id, ct);
        if (ligne is null)
            return NotFound();
        db.Referents.Remove(ligne);
        await db.SaveChangesAsync(ct);
        return Redirect($"/annuaire/organisations/{Id}?retour=retiree");
    }

    /// <summary>« Confirmer que ces informations sont à jour » : toutes les fiches de l'organisation, datées du
    /// jour.</summary>
    public async Task<IActionResult> OnPostConfirmerAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var fiches = await db.Referents.Where(r => r.OrganisationId == Id).ToListAsync(ct);
        foreach (var f in fiches)
            f.ConfirmeLe = Aujourdhui;
        await db.SaveChangesAsync(ct);
        return Redirect($"/annuaire/organisations/{Id}?retour=confirmee");
    }

    /// <summary>La clé de recherche : nom, fonction et organisation normalisés (accents, majuscules retirés).</summary>
    public static string CleRecherche(Referent r, string organisation)
    {
        ArgumentNullException.ThrowIfNull(r);
        var cle = TexteRecherche.Normaliser($"{r.Nom} {r.Fonction} {organisation}");
        return cle.Length > 520 ? cle[..520] : cle;
    }

    /// <summary>L'organisation, ses fiches et le droit de les tenir ; un refus (404, 403) sinon.</summary>
    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (organisation is null)
            return NotFound();
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Challenge();
        if (!Habilitations.Autorise(acteur, Ressource.Referents, Acte.Modifier, Cible.DeOrganisation(organisation)))
            return Forbid();
        Organisation = organisation;
        Aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        Attendus = ThemesAttendus.Pour(organisation.Type);
        Fiches = await db
            .Referents.AsNoTracking()
            .Where(r => r.OrganisationId == Id)
            .OrderBy(r => r.Theme)
            .ThenBy(r => r.Nom)
            .ToListAsync(ct);
        return null;
    }
}
