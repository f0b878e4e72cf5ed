using Microsoft.AspNetCore.Http.Metadata;

namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// Un envoi qui annonce (<c>Content-Length</c>) plus que la page n'admet (<c>[RequestSizeLimit]</c>) reçoit 413 et la
/// page d'erreur française avant toute lecture du formulaire : sans cela, la vérification antifalsification lit le
/// formulaire la première, échoue sur la limite et répond un 400 « requête invalide » qui n'explique rien. Un envoi
/// sans longueur annoncée est arrêté par Kestrel à la même limite (413 par <see cref="RequetesMalformees"/>).
/// </summary>
public static class LimiteTailleEnvoi
{
    public static IApplicationBuilder UtiliserLimiteTailleEnvoi(this IApplicationBuilder app) =>
        app.Use(
            (contexte, suite) =>
            {
                var limite = contexte
                    .GetEndpoint()
                    ?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()
                    ?.MaxRequestBodySize;
                if (limite is not null && contexte.Request.ContentLength > limite)
                {
                    contexte.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return Task.CompletedTask;
                }
                return suite(contexte);
            }
        );
}
