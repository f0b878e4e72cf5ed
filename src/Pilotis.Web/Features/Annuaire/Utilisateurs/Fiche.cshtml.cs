using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Annuaire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Utilisateurs;

/// <summary>
/// Fiche d'un compte : nom et rôle (avec contrôle de concurrence), désactivation qui ferme les sessions ouvertes,
/// levée du ralentissement des connexions, nouveau lien d'invitation. Un administrateur ne se désactive ni ne se
/// rétrograde lui-même.
/// </summary>
public sealed class FicheModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    UserManager<Utilisateur> utilisateurs,
    TimeProvider horloge,
    Infrastructure.Securite.RalentissementConnexion ralentissement
) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Indiquez le prénom et le nom de la personne.")]
    [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    public string? NomComplet { get; set; }

    [BindProperty]
    public Role? Role { get; set; }

    /// <summary>Jeton de concurrence d'Identity lu avec la fiche.</summary>
    [BindProperty]
    public string? Jeton { get; set; }

    [TempData]
    public string? Succes { get; set; }

    public Utilisateur Compte { get; private set; } = null!;
    public Organisation OrganisationDuCompte { get; private set; } = null!;
    public Role? RoleActuel { get; private set; }
    public bool PeutModifier { get; private set; }
    public bool EstSoiMeme { get; private set; }

    /// <summary>
    /// Jusqu'à quand les essais de connexion sur ce courriel sont ralentis après des échecs ; null sinon.
    /// </summary>
    public DateTimeOffset? RalentiJusquA { get; private set; }
    public bool Verrouille => RalentiJusquA is not null;
    public bool InvitationEnAttente => Compte.PasswordHash is null;
    public bool PeutLireJournal { get; private set; }
    public string? LienInvitation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await ChargerAsync(id) is { } refus)
            return refus;
        Remplir();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await ChargerAsync(id) is { } refus)
            return refus;
        if (!PeutModifier)
            return Forbid();
        if (Role is null)
            ModelState.AddModelError(nameof(Role), "Choisissez le rôle du compte.");
        else if (EstSoiMeme && Role < RoleActuel)
        {
            ModelState.AddModelError(
                nameof(Role),
                "Vous ne pouvez pas réduire votre propre rôle : demandez-le à un autre administrateur."
            );
        }
        if (!ModelState.IsValid)
            return Page();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (ModifieEntreTemps())
            return await EchecAsync(transaction, id, Conflit(), ct);
        Compte.NomComplet = NomComplet!.Trim();
        var resultat = await utilisateurs.UpdateAsync(Compte);
        if (resultat.Succeeded && Role != RoleActuel)
        {
            var roles = await utilisateurs.GetRolesAsync(Compte);
            resultat = await utilisateurs.RemoveFromRolesAsync(Compte, roles);
            if (resultat.Succeeded)
                resultat = await utilisateurs.AddToRoleAsync(Compte, Role!.Value.NomTechnique());
        }
        if (!resultat.Succeeded)
            return await EchecAsync(transaction, id, resultat, ct);
        await transaction.CommitAsync(ct);
        Succes = "Les modifications du compte sont enregistrées.";
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Désactiver : le compte ne peut plus se connecter, et ses sessions ouvertes se ferment (jeton de sécurité
    /// renouvelé).
    /// </summary>
    public async Task<IActionResult> OnPostDesactiverAsync(string id, CancellationToken ct)
    {
        if (await ChargerAsync(id) is { } refus)
            return refus;
        if (!PeutModifier)
            return Forbid();
        Remplir();
        if (EstSoiMeme)
        {
            ModelState.AddModelError(
                "",
                "Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur."
            );
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (ModifieEntreTemps())
            return await EchecAsync(transaction, id, Conflit(), ct);
        Compte.Actif = false;
        var resultat = await utilisateurs.UpdateAsync(Compte);
        if (resultat.Succeeded)
            resultat = await utilisateurs.UpdateSecurityStampAsync(Compte);
        if (!resultat.Succeeded)
            return await EchecAsync(transaction, id, resultat, ct);
        await transaction.CommitAsync(ct);
        Succes =
            "Le compte est désactivé : la personne ne peut plus se connecter et ses sessions ouvertes sont fermées.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReactiverAsync(string id, CancellationToken ct)
    {
        if (await ChargerAsync(id) is { } refus)
            return refus;
        if (!PeutModifier)
            return Forbid();
        Remplir();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (ModifieEntreTemps())
            return await EchecAsync(transaction, id, Conflit(), ct);
        Compte.Actif = true;
        var resultat = await utilisateurs.UpdateAsync(Compte);
        if (!resultat.Succeeded)
            return await EchecAsync(transaction, id, resultat, ct);
        await transaction.CommitAsync(ct);
        Succes = OrganisationDuCompte.Active
            ? "Le compte est réactivé : la personne peut de nouveau se connecter."
            : "Le compte est réactivé, mais son organisation est désactivée : la personne ne pourra se connecter "
                + "qu'une fois l'organisation réactivée.";
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Lever le ralentissement posé après des échecs de connexion répétés (et un ancien verrou d'Identity).
    /// </summary>
    public async Task<IActionResult> OnPostDeverrouillerAsync(string id, CancellationToken ct)
    {
        if (await ChargerAsync(id) is { } refus)
            return refus;
        if (!PeutModifier)
            return Forbid();
        Remplir();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Un ancien verrou d'Identity (posé avant le ralentissement) est levé lui aussi.
        var resultat = Compte.LockoutEnd is null
            ? IdentityResult.Success
            : await utilisateurs.SetLockoutEndDateAsync(Compte, null);
        if (resultat.Succeeded)
            resultat = await utilisateurs.ResetAccessFailedCountAsync(Compte);
        if (!resultat.Succeeded)
            return await EchecAsync(transaction, id, resultat, ct);
        await transaction.CommitAsync(ct);
        ralentissement.Succes(Compte.Email ?? "");
        Succes = "Le ralentissement est levé : la personne peut de nouveau essayer de se connecter.";
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Nouveau lien pour choisir (ou rechoisir) un mot de passe, puisque Pilotis n'envoie pas de courriel.
    /// </summary>
    public async Task<IActionResult> OnPostLienAsync(string id)
    {
        if (await ChargerAsync(id) is { } refus)
            return refus;
        if (!PeutModifier)
            return Forbid();
        Remplir();
        if (!Compte.Actif)
        {
            ModelState.AddModelError("", "Réactivez d'abord le compte pour générer un lien.");
            return Page();
        }
        LienInvitation = await Comptes.LienInvitationAsync(utilisateurs, Compte, Url, Request.Scheme);
        return Page();
    }

    private async Task<IActionResult> EchecAsync(
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        string id,
        IdentityResult resultat,
        CancellationToken ct
    )
    {
        await transaction.RollbackAsync(ct);
        db.ChangeTracker.Clear();
        var saisieNom = NomComplet;
        var saisieRole = Role;
        if (await ChargerAsync(id) is { } refus)
            return refus;
        Jeton = Compte.ConcurrencyStamp;
        NomComplet = saisieNom ?? Compte.NomComplet;
        Role = saisieRole ?? RoleActuel;
        Comptes.Signaler(ModelState, resultat);
        return Page();
    }

    /// <summary>
    /// Le compte a-t-il changé depuis l'affichage du formulaire ? Identity vérifie ensuite lui-même, à l'écriture,
    /// qu'il n'a pas changé depuis sa lecture dans cette requête : à eux deux, aucun écrasement silencieux.
    /// </summary>
    private bool ModifieEntreTemps() => !string.Equals(Compte.ConcurrencyStamp, Jeton, StringComparison.Ordinal);

    private IdentityResult Conflit() => IdentityResult.Failed(utilisateurs.ErrorDescriber.ConcurrencyFailure());

    /// <summary>
    /// Les actions autres que « Enregistrer » ne postent pas le formulaire du compte : on l'affiche tel qu'enregistré.
    /// </summary>
    private void Remplir()
    {
        ModelState.Clear();
        NomComplet = Compte.NomComplet;
        Role = RoleActuel;
        Jeton ??= Compte.ConcurrencyStamp;
    }

    private async Task<IActionResult?> ChargerAsync(string id)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var compte = await utilisateurs.FindByIdAsync(id);
        if (compte is null)
            return NotFound();
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == compte.OrganisationId);
        var cible = Cible.DeOrganisation(organisation);
        PeutModifier = Habilitations.Autorise(acteur, Ressource.Utilisateurs, Acte.Modifier, cible);
        if (!PeutModifier && !Habilitations.Autorise(acteur, Ressource.Utilisateurs, Acte.Lire, cible))
            return Forbid();
        Compte = compte;
        OrganisationDuCompte = organisation;
        RoleActuel = (await utilisateurs.GetRolesAsync(compte)).Select(RoleLibelles.DepuisNomTechnique).Max();
        EstSoiMeme = compte.Id == User.FindFirstValue(ClaimTypes.NameIdentifier);
        var maintenant = horloge.GetUtcNow();
        var attente = ralentissement.Attente(compte.Email ?? "");
        RalentiJusquA =
            attente > TimeSpan.Zero ? maintenant + attente
            : compte.LockoutEnd > maintenant ? compte.LockoutEnd
            : null;
        PeutLireJournal = Habilitations.PorteeAccordee(acteur, Ressource.Journal, Acte.Lire) != Portee.Aucune;
        return null;
    }
}
