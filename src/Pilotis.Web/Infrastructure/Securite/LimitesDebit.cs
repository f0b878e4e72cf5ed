using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// Limites de débit des points publics et de la connexion, par adresse du client (l'adresse transmise par un
/// mandataire déclaré, voir <see cref="MandatairesDeConfiance"/>). Le limiteur d'ASP.NET Core compte de façon
/// atomique : deux requêtes simultanées ne prennent pas toutes deux la dernière place, et l'état est partagé par tout
/// le processus. Au-delà : 429 avec <c>Retry-After</c>, en problème RFC 9457 pour l'API, en page française sinon.
/// Réglages : <c>LimitesDebit:PublicParMinute</c>, <c>LimitesDebit:ConnexionParMinute</c>,
/// <c>LimitesDebit:MaDemandeParQuartDHeure</c> (voir docs/adr/0012-durcissement.md).
/// </summary>
public static class LimitesDebit
{
    public const string Section = "LimitesDebit";

    /// <summary>Les réglages lus dans la configuration, avec leurs valeurs par défaut.</summary>
    public sealed record Reglages(int PublicParMinute, int ConnexionParMinute, int MaDemandeParQuartDHeure)
    {
        public static Reglages Lire(IConfiguration configuration) =>
            new(
                configuration.GetValue($"{Section}:PublicParMinute", 120),
                configuration.GetValue($"{Section}:ConnexionParMinute", 30),
                configuration.GetValue($"{Section}:MaDemandeParQuartDHeure", 30)
            );
    }

    public static IServiceCollection AjouterLimitesDebit(this IServiceCollection services, IConfiguration configuration)
    {
        var reglages = Reglages.Lire(configuration);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(contexte =>
                Partition(contexte, reglages)
            );
            o.OnRejected = RepondreTropDeRequetesAsync;
        });
        return services;
    }

    /// <summary>La famille de limite d'une requête, ou null si elle n'est pas limitée.</summary>
    public static string? Famille(HttpContext contexte)
    {
        var requete = contexte.Request;
        var envoi = HttpMethods.IsPost(requete.Method);
        // La connexion, qu'on ait ou non déjà une session : deviner des mots de passe se fait sans session.
        if (envoi && (requete.Path.Equals("/connexion") || requete.Path.Equals("/api/v1/session")))
            return "connexion";
        if (contexte.User.Identity?.IsAuthenticated == true)
            return null;
        // Le couple (numéro unique, date de dépôt) vaut secret (CCH L441-2-8) : on ne laisse pas essayer toutes les
        // dates d'une année pour un numéro connu.
        if (envoi && requete.Path.Equals("/ma-demande"))
            return "ma-demande";
        if (requete.Path.StartsWithSegments("/api") || requete.Path.StartsWithSegments("/eligibilite"))
            return "public";
        return null;
    }

    private static RateLimitPartition<string> Partition(HttpContext contexte, Reglages reglages)
    {
        var famille = Famille(contexte);
        if (famille is null)
            return RateLimitPartition.GetNoLimiter("libre");
        var (permis, fenetre) = famille switch
        {
            "connexion" => (reglages.ConnexionParMinute, TimeSpan.FromMinutes(1)),
            "ma-demande" => (reglages.MaDemandeParQuartDHeure, TimeSpan.FromMinutes(15)),
            _ => (reglages.PublicParMinute, TimeSpan.FromMinutes(1)),
        };
        var adresse = contexte.Connection.RemoteIpAddress?.ToString() ?? "inconnue";
        return RateLimitPartition.GetFixedWindowLimiter($"{famille}:{adresse}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permis),
            Window = fenetre,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RepondreTropDeRequetesAsync(OnRejectedContext rejet, CancellationToken ct)
    {
        var contexte = rejet.HttpContext;
        var attente = rejet.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delai)
            ? delai
            : TimeSpan.FromMinutes(1);
        var secondes = (int)Math.Ceiling(Math.Max(1, attente.TotalSeconds));
        contexte.Response.Headers.RetryAfter = secondes.ToString(CultureInfo.InvariantCulture);
        contexte.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (!contexte.Request.Path.StartsWithSegments("/api"))
            return; // la page d'erreur (UseStatusCodePages) répond en français, avec le délai lu dans Retry-After
        await Results
            .Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Trop de requêtes",
                detail: MessageAttente(secondes)
            )
            .ExecuteAsync(contexte);
    }

    /// <summary>Le message montré au client refusé, page ou API.</summary>
    public static string MessageAttente(int secondes) =>
        "Trop de requêtes depuis votre adresse en peu de temps : réessayez dans "
        + (secondes >= 120 ? $"{(secondes + 59) / 60} minutes." : $"{secondes} secondes.");
}
