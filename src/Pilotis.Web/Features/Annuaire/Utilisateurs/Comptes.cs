using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pilotis.Data.Annuaire;

namespace Pilotis.Web.Features.Annuaire.Utilisateurs;

/// <summary>
/// Ce que les pages de comptes partagent : le lien d'invitation et la remontée des erreurs d'Identity.
/// </summary>
public static class Comptes
{
    /// <summary>
    /// Lien à transmettre (Pilotis n'envoie pas de courriel) : un jeton de réinitialisation de mot de passe d'Identity,
    /// à usage unique (il change avec le jeton de sécurité du compte) et limité dans le temps.
    /// </summary>
    public static async Task<string> LienInvitationAsync(
        UserManager<Utilisateur> utilisateurs,
        Utilisateur compte,
        IUrlHelper url,
        string schema
    )
    {
        var jeton = await utilisateurs.GeneratePasswordResetTokenAsync(compte);
        return url.Page(
            "/Annuaire/Compte/Invitation",
            pageHandler: null,
            values: new { courriel = compte.Email, jeton },
            protocol: schema
        )!;
    }

    /// <summary>
    /// Rattache chaque erreur d'Identity au champ qu'elle concerne (courriel, sinon erreur générale).
    /// </summary>
    public static void Signaler(ModelStateDictionary etat, IdentityResult resultat, string champCourriel = "")
    {
        foreach (var erreur in resultat.Errors)
        {
            var champ = erreur.Code
                is nameof(IdentityErrorDescriber.DuplicateEmail)
                    or nameof(IdentityErrorDescriber.DuplicateUserName)
                    or nameof(IdentityErrorDescriber.InvalidEmail)
                    or nameof(IdentityErrorDescriber.InvalidUserName)
                ? champCourriel
                : "";
            etat.AddModelError(champ, erreur.Description);
        }
    }
}
