using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Pilotis.Data.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Compte;

public sealed class ConnexionModel(
    SignInManager<Utilisateur> connexion,
    UserManager<Utilisateur> utilisateurs,
    IAuthenticationSchemeProvider schemas,
    ConnexionParMotDePasse parMotDePasse
) : PageModel
{
    [
        BindProperty,
        Required(ErrorMessage = "Saisissez votre courriel."),
        EmailAddress(ErrorMessage = "Saisissez un courriel valide, par exemple nom@domaine.fr.")
    ]
    public string? Courriel { get; set; }

    [BindProperty, Required(ErrorMessage = "Saisissez votre mot de passe.")]
    public string? MotDePasse { get; set; }

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? Retour { get; set; }

    public string? Message { get; private set; }
    public bool OidcActif { get; private set; }

    public async Task OnGetAsync() => OidcActif = await schemas.GetSchemeAsync(ConnexionExterne.Schema) is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        OidcActif = await schemas.GetSchemeAsync(ConnexionExterne.Schema) is not null;
        if (!ModelState.IsValid)
            return Page();
        var issue = await parMotDePasse.ConnecterAsync(Courriel!, MotDePasse!);
        if (issue.Reussie)
            return LocalRedirect(Url.IsLocalUrl(Retour) ? Retour! : "/");
        Message = issue.Message;
        return Page();
    }

    /// <summary>
    /// Avant de rediriger vers ProConnect, on vérifie que sa configuration est lisible : sinon le défi échouerait plus
    /// loin en erreur 500. L'agent garde la connexion par mot de passe.
    /// </summary>
    public async Task<IActionResult> OnPostExterneAsync(
        string? retour,
        [FromServices] IOptionsMonitor<OpenIdConnectOptions> oidc
    )
    {
        OidcActif = await schemas.GetSchemeAsync(ConnexionExterne.Schema) is not null;
        if (!OidcActif)
            return NotFound();
        try
        {
            var options = oidc.Get(ConnexionExterne.Schema);
            if (options.ConfigurationManager is not null)
                await options.ConfigurationManager.GetConfigurationAsync(HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            Message =
                "ProConnect est momentanément injoignable. Réessayez plus tard ou connectez-vous avec votre courriel "
                + "et votre mot de passe.";
            return Page();
        }
        var url = Url.Page("/Annuaire/Compte/Connexion", "Retour", new { retour });
        var proprietes = connexion.ConfigureExternalAuthenticationProperties(ConnexionExterne.Schema, url);
        return Challenge(proprietes, ConnexionExterne.Schema);
    }

    /// <summary>Retour de ProConnect : le compte doit déjà exister dans Pilotis, rapproché par courriel.</summary>
    public async Task<IActionResult> OnGetRetourAsync(string? retour)
    {
        OidcActif = true;
        var info = await connexion.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Message = "La connexion via ProConnect n'a pas abouti.";
            return Page();
        }
        var resultat = await connexion.ExternalLoginSignInAsync(
            info.LoginProvider,
            info.ProviderKey,
            isPersistent: false
        );
        if (!resultat.Succeeded)
        {
            var courriel = info.Principal.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value
                ?? info.Principal.FindFirst("email")?.Value;
            var utilisateur = courriel is null ? null : await utilisateurs.FindByEmailAsync(courriel);
            if (utilisateur is null || !await connexion.CanSignInAsync(utilisateur))
            {
                Message =
                    "Aucun compte Pilotis actif ne correspond à votre identité ProConnect. Demandez une invitation à "
                    + "l'administrateur de votre organisation.";
                return Page();
            }
            await utilisateurs.AddLoginAsync(utilisateur, info);
            await connexion.SignInAsync(utilisateur, isPersistent: false, info.LoginProvider);
        }
        return LocalRedirect(Url.IsLocalUrl(retour) ? retour! : "/");
    }
}
