using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Web.Infrastructure;
using Pilotis.Web.Infrastructure.Securite;

namespace Pilotis.Web.Features;

/// <summary>Page d'erreur commune (404, 500…) ; pour une requête d'API, répond en problem details.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErreurModel : PageModel
{
    public int Code { get; private set; }
    public string Titre { get; private set; } = "";
    public string Explication { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(int? code) => RepondreAsync(code);

    public Task<IActionResult> OnPostAsync(int? code) => RepondreAsync(code);

    /// <summary>Le délai posé par le limiteur de débit (en-tête Retry-After), dit en clair.</summary>
    private string ExplicationAttente() =>
        int.TryParse(Response.Headers.RetryAfter, out var secondes)
            ? LimitesDebit.MessageAttente(secondes)
            : "Trop de requêtes en peu de temps : patientez un instant puis réessayez.";

    private async Task<IActionResult> RepondreAsync(int? code)
    {
        // Sans code dans l'adresse, c'est le gestionnaire d'exceptions qui a choisi le statut (400 pour une requête
        // mal formée, 500 sinon).
        Code = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);
        (Titre, Explication) = Code switch
        {
            404 => (
                "Page introuvable",
                "La page que vous cherchez n'existe pas ou a été déplacée. Vérifiez l'adresse ou repartez de l'accueil."
            ),
            400 => ("Requête invalide", "La requête n'a pas pu être comprise. Vérifiez les informations saisies."),
            403 => ("Accès refusé", "Votre organisation n'a pas accès à cette page."),
            405 => ("Action non prévue", "Cette page ne s'utilise pas ainsi : rechargez-la et utilisez ses boutons."),
            413 => ("Envoi trop volumineux", "Le fichier ou le formulaire envoyé dépasse la taille admise."),
            415 => ("Format non pris en charge", "Le contenu envoyé n'est pas dans un format attendu."),
            429 => ("Trop de requêtes", ExplicationAttente()),
            _ => (
                "Une erreur inattendue est survenue",
                "Rien n'a été enregistré. Réessayez ; si le problème persiste, signalez-le avec l'heure : "
                    + Affichage.DateHeure(DateTimeOffset.Now)
                    + "."
            ),
        };
        var origine = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (origine?.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
        {
            await Results.Problem(statusCode: Code, title: Titre, detail: Explication).ExecuteAsync(HttpContext);
            return new EmptyResult();
        }
        Response.StatusCode = Code;
        return Page();
    }
}
