using Microsoft.AspNetCore.Identity;
using Pilotis.Data.Annuaire;
using Pilotis.Web.Infrastructure.Securite;

namespace Pilotis.Web.Features.Annuaire.Compte;

/// <summary>
/// Connexion par courriel et mot de passe, la même pour la page <c>/connexion</c> et l'API <c>POST /api/v1/session</c>.
/// Rien ne dit si un compte existe : le mot de passe est toujours vérifié contre une empreinte (celle du compte, ou une
/// empreinte leurre de même coût pour un courriel inconnu, un compte sans mot de passe), la réponse d'échec est la
/// même, et les échecs répétés ralentissent le courriel saisi au lieu de verrouiller un compte
/// (<see cref="RalentissementConnexion"/>, docs/adr/0012-durcissement.md).
/// </summary>
public sealed class ConnexionParMotDePasse(
    SignInManager<Utilisateur> connexion,
    UserManager<Utilisateur> utilisateurs,
    IPasswordHasher<Utilisateur> hacheur,
    RalentissementConnexion ralentissement
)
{
    public const string MessageRefus = "Courriel ou mot de passe incorrect, ou compte désactivé.";

    private static readonly Utilisateur Leurre = new() { NomComplet = "leurre" };
    private static string? _empreinteLeurre;

    /// <summary>L'issue d'un essai : réussi, refusé (message unique) ou ralenti (attente à respecter).</summary>
    public sealed record Issue(bool Reussie, TimeSpan Attente)
    {
        public string Message => Attente > TimeSpan.Zero ? RalentissementConnexion.Message(Attente) : MessageRefus;
    }

    public async Task<Issue> ConnecterAsync(string courriel, string motDePasse)
    {
        courriel = courriel.Trim();
        var attente = ralentissement.Essayer(courriel);
        if (attente > TimeSpan.Zero)
            return new Issue(false, attente);
        var utilisateur = await utilisateurs.FindByEmailAsync(courriel);
        if (!MotDePasseValide(utilisateur, motDePasse) || !await connexion.CanSignInAsync(utilisateur!))
            return new Issue(false, TimeSpan.Zero);
        await connexion.SignInAsync(utilisateur!, isPersistent: false, authenticationMethod: "pwd");
        ralentissement.Succes(courriel);
        return new Issue(true, TimeSpan.Zero);
    }

    /// <summary>Une vérification d'empreinte a lieu dans tous les cas, pour que la durée ne trahisse rien.</summary>
    private bool MotDePasseValide(Utilisateur? utilisateur, string motDePasse)
    {
        var empreinte = utilisateur?.PasswordHash ?? EmpreinteLeurre();
        var verification = hacheur.VerifyHashedPassword(utilisateur ?? Leurre, empreinte, motDePasse);
        return utilisateur?.PasswordHash is not null && verification != PasswordVerificationResult.Failed;
    }

    private string EmpreinteLeurre() =>
        _empreinteLeurre ??= hacheur.HashPassword(
            Leurre,
            Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))
        );
}
