using Microsoft.AspNetCore.Identity;

namespace Pilotis.Data.Annuaire;

/// <summary>Messages d'ASP.NET Core Identity en français.</summary>
public sealed class MessagesIdentiteFrancais : IdentityErrorDescriber
{
    private static IdentityError E(string code, string message) => new() { Code = code, Description = message };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Une erreur inconnue est survenue.");

    public override IdentityError ConcurrencyFailure() =>
        E(nameof(ConcurrencyFailure), "Ce compte a été modifié entre-temps ; rechargez la page.");

    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Mot de passe incorrect.");

    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Lien invalide ou expiré.");

    public override IdentityError LoginAlreadyAssociated() =>
        E(nameof(LoginAlreadyAssociated), "Ce compte externe est déjà associé à un utilisateur.");

    public override IdentityError InvalidUserName(string? userName) =>
        E(nameof(InvalidUserName), $"L'identifiant « {Francais.Extrait(userName)} » n'est pas valide.");

    public override IdentityError InvalidEmail(string? email) =>
        E(nameof(InvalidEmail), $"L'adresse « {Francais.Extrait(email)} » n'est pas une adresse électronique valide.");

    public override IdentityError DuplicateUserName(string userName) =>
        E(nameof(DuplicateUserName), $"Un compte existe déjà pour « {Francais.Extrait(userName)} ».");

    public override IdentityError DuplicateEmail(string email) =>
        E(nameof(DuplicateEmail), $"Un compte existe déjà pour l'adresse « {Francais.Extrait(email)} ».");

    public override IdentityError InvalidRoleName(string? role) =>
        E(nameof(InvalidRoleName), $"Le rôle « {Francais.Extrait(role)} » n'est pas valide.");

    public override IdentityError DuplicateRoleName(string role) =>
        E(nameof(DuplicateRoleName), $"Le rôle « {Francais.Extrait(role)} » existe déjà.");

    public override IdentityError UserAlreadyHasPassword() =>
        E(nameof(UserAlreadyHasPassword), "Ce compte a déjà un mot de passe.");

    public override IdentityError UserLockoutNotEnabled() =>
        E(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour ce compte.");

    public override IdentityError UserAlreadyInRole(string role) =>
        E(nameof(UserAlreadyInRole), $"Le compte a déjà le rôle « {Francais.Extrait(role)} ».");

    public override IdentityError UserNotInRole(string role) =>
        E(nameof(UserNotInRole), $"Le compte n'a pas le rôle « {Francais.Extrait(role)} ».");

    public override IdentityError PasswordTooShort(int length) =>
        E(nameof(PasswordTooShort), $"Le mot de passe doit comporter au moins {length} caractères.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        E(
            nameof(PasswordRequiresUniqueChars),
            $"Le mot de passe doit comporter au moins {uniqueChars} caractères différents."
        );

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        E(
            nameof(PasswordRequiresNonAlphanumeric),
            "Le mot de passe doit comporter au moins un caractère spécial (ni lettre ni chiffre)."
        );

    public override IdentityError PasswordRequiresDigit() =>
        E(nameof(PasswordRequiresDigit), "Le mot de passe doit comporter au moins un chiffre.");

    public override IdentityError PasswordRequiresLower() =>
        E(nameof(PasswordRequiresLower), "Le mot de passe doit comporter au moins une minuscule.");

    public override IdentityError PasswordRequiresUpper() =>
        E(nameof(PasswordRequiresUpper), "Le mot de passe doit comporter au moins une majuscule.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        E(nameof(RecoveryCodeRedemptionFailed), "Code de récupération invalide.");
}
