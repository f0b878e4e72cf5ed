using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Annuaire;

namespace Pilotis.Web.Features.Annuaire.Compte;

/// <summary>
/// La personne invitée (ou qui a reçu un lien de nouveau mot de passe) choisit son mot de passe.
/// Le lien porte un jeton de réinitialisation d'Identity : à usage unique, limité dans le temps.
/// </summary>
public sealed class InvitationModel(UserManager<Utilisateur> utilisateurs, PilotisDbContext db) : PageModel
{
    public const string MessageLienInvalide =
        "Ce lien n'est pas valide ou a expiré (il ne sert qu'une fois et dure 7 jours). Demandez-en un nouveau à "
        + "l'administrateur de votre organisation.";

    [BindProperty(SupportsGet = true, Name = "courriel")]
    public string? Courriel { get; set; }

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Jeton { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choisissez un mot de passe.")]
    public string? MotDePasse { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Saisissez une seconde fois le mot de passe.")]
    [Compare(nameof(MotDePasse), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    public string? Confirmation { get; set; }

    public bool LienValide { get; private set; }
    public bool Termine { get; private set; }
    public string? NomComplet { get; private set; }

    public async Task OnGetAsync() => await VerifierAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var compte = await VerifierAsync();
        if (compte is null)
            return Page();
        // Toutes les règles de mot de passe non respectées d'un coup, même si la confirmation diffère.
        if (!string.IsNullOrEmpty(MotDePasse))
        {
            foreach (var validateur in utilisateurs.PasswordValidators)
            {
                var verification = await validateur.ValidateAsync(utilisateurs, compte, MotDePasse);
                foreach (var erreur in verification.Errors)
                    ModelState.AddModelError(nameof(MotDePasse), erreur.Description);
            }
        }
        if (!ModelState.IsValid)
            return Page();

        compte.EmailConfirmed = true;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var resultat = await utilisateurs.ResetPasswordAsync(compte, Jeton!, MotDePasse!);
        if (resultat.Succeeded)
            resultat = await utilisateurs.ResetAccessFailedCountAsync(compte);
        if (!resultat.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            if (resultat.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                LienValide = false;
                return Page();
            }
            foreach (var erreur in resultat.Errors)
                ModelState.AddModelError(nameof(MotDePasse), erreur.Description);
            return Page();
        }
        await transaction.CommitAsync(ct);
        Termine = true;
        return Page();
    }

    /// <summary>
    /// Le compte visé si le lien est bon (compte actif, jeton valide) ; sinon le lien est invalide, sans dire pourquoi.
    /// </summary>
    private async Task<Utilisateur?> VerifierAsync()
    {
        if (string.IsNullOrWhiteSpace(Courriel) || string.IsNullOrWhiteSpace(Jeton))
            return null;
        var compte = await utilisateurs.FindByEmailAsync(Courriel.Trim());
        LienValide =
            compte is { Actif: true }
            && await utilisateurs.VerifyUserTokenAsync(
                compte,
                utilisateurs.Options.Tokens.PasswordResetTokenProvider,
                UserManager<Utilisateur>.ResetPasswordTokenPurpose,
                Jeton
            );
        if (!LienValide)
            return null;
        NomComplet = compte!.NomComplet;
        return compte;
    }
}
