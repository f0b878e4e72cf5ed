using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Annuaire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Organisations;

/// <summary>
/// Fiche d'une organisation : consultation (Lire), modification avec contrôle de concurrence par le jeton (Modifier),
/// désactivation et réactivation, comptes rattachés. Ni Lire ni Modifier : 403.
/// </summary>
public sealed class FicheModel(PilotisDbContext db, ActeurCourant acteurCourant, UserManager<Utilisateur> utilisateurs)
    : PageModel
{
    public const string MessageConcurrence =
        "Cette organisation a été modifiée entre-temps par quelqu'un d'autre. Vos saisies sont conservées ci-dessous ; "
        + "vérifiez les valeurs enregistrées entre-temps puis enregistrez à nouveau pour les remplacer.";

    [BindProperty]
    public SaisieOrganisation Saisie { get; set; } = new();

    /// <summary>Jeton de concurrence lu avec la fiche ; l'enregistrement échoue s'il a changé depuis.</summary>
    [BindProperty]
    public Guid Jeton { get; set; }

    [TempData]
    public string? Succes { get; set; }

    public Organisation Organisation { get; private set; } = null!;
    public Organisation? VersionEnregistree { get; private set; }
    public string LibellePerimetre { get; private set; } = "";
    public bool PeutModifier { get; private set; }
    public bool RattachementModifiable { get; private set; }
    public bool PeutChangerEtat { get; private set; }
    public bool PeutVoirComptes { get; private set; }
    public bool PeutGererComptes { get; private set; }
    public bool PeutLireJournal { get; private set; }
    public IReadOnlyList<TypeOrganisation> Types { get; private set; } = [];
    public List<CompteOrganisation> Comptes { get; private set; } = [];

    private Acteur _acteur = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ChargerAsync(id, ct) is { } refus)
            return refus;
        Saisie = SaisieOrganisation.De(Organisation);
        Jeton = Organisation.Jeton;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ChargerAsync(id, ct) is { } refus)
            return refus;
        if (!PeutModifier)
            return Forbid();
        var perimetre = await Saisie.ValiderAsync(db, _acteur, RattachementModifiable, ModelState, nameof(Saisie), ct);
        if (!ModelState.IsValid)
            return Page();

        var suivie = await db.Organisations.FirstAsync(o => o.Id == id, ct);
        db.Entry(suivie).Property(o => o.Jeton).OriginalValue = Jeton;
        Saisie.Appliquer(suivie, perimetre);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflitAsync(id, garderSaisie: true, ct);
        }
        Succes = "Les modifications de l'organisation sont enregistrées.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostDesactiverAsync(int id, CancellationToken ct) =>
        ChangerEtatAsync(id, active: false, ct);

    public Task<IActionResult> OnPostReactiverAsync(int id, CancellationToken ct) =>
        ChangerEtatAsync(id, active: true, ct);

    /// <summary>
    /// Une organisation désactivée ne peut plus se connecter : ses sessions ouvertes sont closes (jeton de sécurité
    /// renouvelé).
    /// </summary>
    private async Task<IActionResult> ChangerEtatAsync(int id, bool active, CancellationToken ct)
    {
        if (await ChargerAsync(id, ct) is { } refus)
            return refus;
        if (!PeutChangerEtat)
            return Forbid();
        Saisie = SaisieOrganisation.De(Organisation);
        ModelState.Clear();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var suivie = await db.Organisations.FirstAsync(o => o.Id == id, ct);
        db.Entry(suivie).Property(o => o.Jeton).OriginalValue = Jeton;
        suivie.Active = active;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            return await ConflitAsync(id, garderSaisie: false, ct);
        }
        if (!active)
        {
            foreach (var utilisateur in await db.Users.Where(u => u.OrganisationId == id && u.Actif).ToListAsync(ct))
            {
                var resultat = await utilisateurs.UpdateSecurityStampAsync(utilisateur);
                if (!resultat.Succeeded)
                {
                    await transaction.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                    ModelState.AddModelError("", string.Join(" ", resultat.Errors.Select(e => e.Description)));
                    await ChargerAsync(id, ct);
                    return Page();
                }
            }
        }
        await transaction.CommitAsync(ct);
        Succes = active
            ? "L'organisation est réactivée : ses utilisateurs actifs peuvent de nouveau se connecter."
            : "L'organisation est désactivée : ses utilisateurs ne peuvent plus se connecter et leurs sessions sont "
                + "fermées.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ConflitAsync(int id, bool garderSaisie, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await ChargerAsync(id, ct) is { } refus)
            return refus;
        VersionEnregistree = Organisation;
        if (!garderSaisie)
            Saisie = SaisieOrganisation.De(Organisation);
        Jeton = Organisation.Jeton;
        ModelState.AddModelError("", MessageConcurrence);
        return Page();
    }

    /// <summary>
    /// Charge la fiche telle qu'enregistrée et les droits de l'acteur sur elle ; renvoie un refus (403/404) s'il y a
    /// lieu.
    /// </summary>
    private async Task<IActionResult?> ChargerAsync(int id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        _acteur = acteur;
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
            return NotFound();
        var cible = Cible.DeOrganisation(organisation);
        PeutModifier = Habilitations.Autorise(acteur, Ressource.Organisations, Acte.Modifier, cible);
        if (!PeutModifier && !Habilitations.Autorise(acteur, Ressource.Organisations, Acte.Lire, cible))
            return Forbid();

        Organisation = organisation;
        // Sa propre organisation, on ne la déplace ni ne la désactive : ce serait s'ouvrir un autre territoire ou se
        // fermer la porte.
        var autre = organisation.Id != acteur.OrganisationId;
        RattachementModifiable =
            PeutModifier
            && autre
            && Habilitations.PorteeAccordee(acteur, Ressource.Organisations, Acte.Modifier) >= Portee.Departement;
        PeutChangerEtat = PeutModifier && autre;
        Types = PorteeRequetes.TypesAttribuables(acteur);
        if (RattachementModifiable && !Types.Contains(organisation.Type))
            RattachementModifiable = false;
        PeutVoirComptes = Habilitations.Autorise(acteur, Ressource.Utilisateurs, Acte.Lire, cible);
        PeutGererComptes = Habilitations.Autorise(acteur, Ressource.Utilisateurs, Acte.Modifier, cible);
        PeutLireJournal = Habilitations.PorteeAccordee(acteur, Ressource.Journal, Acte.Lire) != Portee.Aucune;
        LibellePerimetre = (
            await Perimetres.LibellesAsync(db, [(organisation.PerimetreNiveau, organisation.PerimetreCode)], ct)
        ).Libelle(organisation.PerimetreNiveau, organisation.PerimetreCode);
        if (PeutVoirComptes)
        {
            Comptes = await db
                .Users.AsNoTracking()
                .Where(u => u.OrganisationId == id)
                .OrderBy(u => u.NomComplet)
                .Select(u => new CompteOrganisation(
                    u.Id,
                    u.NomComplet,
                    u.Email,
                    db.UserRoles.Where(ur => ur.UserId == u.Id)
                        .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
                        .OrderBy(n => n)
                        .FirstOrDefault(),
                    u.Actif,
                    u.PasswordHash == null
                ))
                .ToListAsync(ct);
        }
        return null;
    }
}
