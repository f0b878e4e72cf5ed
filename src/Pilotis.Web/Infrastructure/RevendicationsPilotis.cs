using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Pilotis.Data.Annuaire;

namespace Pilotis.Web.Infrastructure;

/// <summary>Ajoute l'organisation et le nom de l'utilisateur au cookie de session.</summary>
public sealed class RevendicationsPilotis(
    UserManager<Utilisateur> utilisateurs,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options
) : UserClaimsPrincipalFactory<Utilisateur, IdentityRole>(utilisateurs, roles, options)
{
    public const string Organisation = "pilotis:organisation";
    public const string NomComplet = "pilotis:nom";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Utilisateur user)
    {
        var identite = await base.GenerateClaimsAsync(user);
        identite.AddClaim(
            new Claim(Organisation, user.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        );
        identite.AddClaim(new Claim(NomComplet, user.NomComplet));
        return identite;
    }
}
