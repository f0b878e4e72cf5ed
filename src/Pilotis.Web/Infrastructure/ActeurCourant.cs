using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// L'acteur de la requête (organisation + rôle), chargé une fois par requête. Toute décision d'accès
/// passe par <see cref="Habilitations"/> ; cette classe ne fait que lui donner l'acteur.
/// </summary>
public sealed class ActeurCourant(IHttpContextAccessor acces, PilotisDbContext db)
{
    private Acteur? _acteur;
    private Organisation? _organisation;
    private bool _charge;

    public async Task<Acteur?> LireAsync()
    {
        await ChargerAsync();
        return _acteur;
    }

    public async Task<Organisation?> OrganisationAsync()
    {
        await ChargerAsync();
        return _organisation;
    }

    public async Task<bool> AutoriseAsync(Ressource ressource, Acte acte, Cible cible)
    {
        var acteur = await LireAsync();
        return acteur is not null && Habilitations.Autorise(acteur, ressource, acte, cible);
    }

    public async Task<Portee> PorteeAsync(Ressource ressource, Acte acte)
    {
        var acteur = await LireAsync();
        return acteur is null ? Portee.Aucune : Habilitations.PorteeAccordee(acteur, ressource, acte);
    }

    private async Task ChargerAsync()
    {
        if (_charge)
            return;
        _charge = true;
        var principal = acces.HttpContext?.User;
        if (principal?.Identity?.IsAuthenticated != true)
            return;
        if (
            !int.TryParse(
                principal.FindFirstValue(RevendicationsPilotis.Organisation),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var id
            )
        )
            return;
        _organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.Active);
        if (_organisation is null)
            return;
        var role = Enum.GetValues<Role>()
            .OrderByDescending(r => r)
            .FirstOrDefault(r => principal.IsInRole(r.NomTechnique()), Role.Lecteur);
        _acteur = Acteur.De(_organisation, role);
    }
}
