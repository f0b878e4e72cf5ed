using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// Limites de débit des points publics (API anonyme, « Où en est ma demande ? », simulateurs) et de la connexion,
/// par adresse du client (l'adresse transmise par un mandataire déclaré, voir <see cref="MandatairesDeConfiance"/>).
/// Le limiteur d'ASP.NET Core compte de façon atomique : deux requêtes simultanées ne passent pas toutes deux la
/// dernière place. Au-delà : 429 au format RFC 9457 avec <c>Retry-After</c>.
/// </summary>
public static class LimitesDebit
{
    /// <summary>Simulateurs et API publics : lecture libre, mais pas de moissonnage à la rafale.</summary>
    public const string Public = "public";

    /// <summary>
    /// Connexion (page et API) : quelques essais par adresse, pour freiner qui devine des mots de passe.
    /// </summary>
    public const string Connexion = "connexion";

    public const string Section = "LimitesDebit";

    public static IServiceCollection AjouterLimitesDebit(this IServiceCollection services, IConfiguration configuration)
    {
        var publicParMinute = configuration.GetValue($"{Section}:PublicParMinute", 120);
        var connexionParMinute = configuration.GetValue($"{Section}:ConnexionParMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Public, contexte => ParAdresse(contexte, Public, publicParMinute));
            o.AddPolicy(Connexion, contexte => ParAdresse(contexte, Connexion, connexionParMinute));
            o.OnRejected = RepondreTropDeRequetesAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> ParAdresse(HttpContext contexte, string politique, int parMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{politique}:{contexte.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, parMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }
        );

    private static async ValueTask RepondreTropDeRequetesAsync(OnRejectedContext rejet, CancellationToken ct)
    {
        var reponse = rejet.HttpContext.Response;
        var attente = rejet.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delai)
            ? delai
            : TimeSpan.FromMinutes(1);
        var secondes = (int)Math.Ceiling(Math.Max(1, attente.TotalSeconds));
        reponse.Headers.RetryAfter = secondes.ToString(CultureInfo.InvariantCulture);
        await Results
            .Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Trop de requêtes",
                detail: $"Trop de requêtes depuis votre adresse : réessayez dans {secondes} seconde(s)."
            )
            .ExecuteAsync(rejet.HttpContext);
    }
}
