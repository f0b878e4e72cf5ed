using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pilotis.Data;
using Pilotis.Data.Annuaire;

namespace Pilotis.Web.Infrastructure;

/// <summary>Un compte désactivé, ou rattaché à une organisation désactivée, ne peut plus se connecter.</summary>
public sealed class ConnexionPilotis(
    UserManager<Utilisateur> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Utilisateur> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Utilisateur>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Utilisateur> confirmation,
    PilotisDbContext db
)
    : SignInManager<Utilisateur>(
        userManager,
        contextAccessor,
        claimsFactory,
        optionsAccessor,
        logger,
        schemes,
        confirmation
    )
{
    public override async Task<bool> CanSignInAsync(Utilisateur user)
    {
        if (!user.Actif)
            return false;
        var organisationActive = await db
            .Organisations.Where(o => o.Id == user.OrganisationId)
            .Select(o => o.Active)
            .FirstOrDefaultAsync();
        return organisationActive && await base.CanSignInAsync(user);
    }
}
