namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// En-têtes de sécurité posés sur chaque réponse : politique de sécurité du contenu (scripts, styles, images et polices
/// du site seulement ; aucun encadrement par un autre site), pas de devinette du type, pas de référent vers
/// l'extérieur.
/// Une page intégrable dans le site d'une commune (simulateur d'éligibilité, page publique de la commune) remplace la
/// seule directive <c>frame-ancestors</c> par <see cref="AutoriserEncadrement"/>.
/// </summary>
public static class EntetesSecurite
{
    private const string Ressources =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>La politique par défaut : rien ne vient d'ailleurs, aucun site tiers n'encadre la page.</summary>
    public const string Politique = Ressources + "; frame-ancestors 'self'";

    public static IApplicationBuilder UtiliserEntetesSecurite(this IApplicationBuilder app) =>
        app.Use(
            async (contexte, suite) =>
            {
                var entetes = contexte.Response.Headers;
                entetes.XContentTypeOptions = "nosniff";
                entetes["Referrer-Policy"] = "same-origin";
                entetes.ContentSecurityPolicy = Politique;
                await suite();
            }
        );

    /// <summary>
    /// Une page publique intégrable : tout site peut l'encadrer (iframe), le reste de la politique demeure.
    /// </summary>
    public static void AutoriserEncadrement(HttpResponse reponse) =>
        reponse.Headers.ContentSecurityPolicy = Ressources + "; frame-ancestors *";
}
