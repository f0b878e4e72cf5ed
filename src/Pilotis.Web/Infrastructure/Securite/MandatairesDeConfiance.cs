using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// En-têtes <c>X-Forwarded-For</c> et <c>X-Forwarded-Proto</c> lus seulement quand ils viennent d'un mandataire
/// inverse déclaré (<c>Mandataires:Adresses</c>, liste d'adresses IP séparées par des virgules). Sans cette liste, ils
/// sont ignorés : un client ne peut pas se faire passer pour un autre auprès des limites de débit, et derrière un
/// mandataire déclaré chaque personne garde sa propre limite.
/// </summary>
public static class MandatairesDeConfiance
{
    public const string Cle = "Mandataires:Adresses";

    public static IServiceCollection AjouterMandataires(this IServiceCollection services, IConfiguration configuration)
    {
        var adresses = (configuration[Cle] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(IPAddress.Parse)
            .ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Listes vides = tout mandataire cru (comportement d'ASP.NET Core) : sans mandataire déclaré, on ne lit
            // rien.
            o.ForwardedHeaders =
                adresses.Count == 0
                    ? ForwardedHeaders.None
                    : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var adresse in adresses)
                o.KnownProxies.Add(adresse);
            o.ForwardLimit = Math.Max(1, adresses.Count);
        });
        return services;
    }
}
