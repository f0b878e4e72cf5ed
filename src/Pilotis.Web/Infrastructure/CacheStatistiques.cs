using Microsoft.AspNetCore.OutputCaching;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Cache des statistiques publiques (lissage…) : la réponse est la même pour tous, connecté ou non (aucune donnée
/// personnelle, aucun filtre d'habilitation). La politique par défaut d'ASP.NET Core ne cache pas les requêtes
/// authentifiées : un navigateur connecté n'en profiterait jamais. Seules les réponses 200 sans cookie sont gardées.
/// </summary>
public sealed class CacheStatistiques(TimeSpan duree) : IOutputCachePolicy
{
    public const string Politique = "statistiques";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var methode = context.HttpContext.Request.Method;
        var possible = duree > TimeSpan.Zero && (HttpMethods.IsGet(methode) || HttpMethods.IsHead(methode));
        context.EnableOutputCaching = possible;
        context.AllowCacheLookup = possible;
        context.AllowCacheStorage = possible;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duree;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var reponse = context.HttpContext.Response;
        if (reponse.StatusCode != StatusCodes.Status200OK || reponse.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
