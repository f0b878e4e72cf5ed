using System.Globalization;
using System.Security.Claims;
using Pilotis.Data.Journal;

namespace Pilotis.Web.Infrastructure;

/// <summary>L'auteur d'une écriture faite depuis le web : l'utilisateur connecté, sinon « anonyme ».</summary>
public sealed class AuteurHttp(IHttpContextAccessor acces) : IAuteurCourant
{
    private ClaimsPrincipal? Principal => acces.HttpContext?.User;

    public string? UtilisateurId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Nom =>
        Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name ?? "inconnu"
        : acces.HttpContext is null ? "système"
        : "anonyme";

    public int? OrganisationId =>
        int.TryParse(
            Principal?.FindFirstValue(RevendicationsPilotis.Organisation),
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var id
        )
            ? id
            : null;
}
