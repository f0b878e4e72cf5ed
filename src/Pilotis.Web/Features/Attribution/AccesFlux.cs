using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Qui voit et modifie quoi dans la gestion en flux, par la seule table des habilitations : la cible d'une convention
/// est son bailleur pour le bailleur, son réservataire pour le réservataire (préfet, Action Logement, collectivité),
/// son département pour la DDTM.
/// </summary>
public static class AccesFlux
{
    public static Cible CibleBailleur(int bailleurId, string departement) =>
        new(bailleurId, new Localisation(null, null, departement, null));

    public static bool Lire(Acteur acteur, ConventionFlux c) =>
        Habilitations.Autorise(acteur, Ressource.Flux, Acte.Lire, CibleBailleur(c.BailleurId, c.DepartementCode))
        || Habilitations.Autorise(
            acteur,
            Ressource.Flux,
            Acte.Lire,
            CibleBailleur(c.ReservataireId, c.DepartementCode)
        );

    public static bool Modifier(Acteur acteur, ConventionFlux c) =>
        Habilitations.Autorise(acteur, Ressource.Flux, Acte.Modifier, CibleBailleur(c.BailleurId, c.DepartementCode));

    /// <summary>Lire le flux d'une organisation (bailleur ou réservataire) : la cible est cette organisation.</summary>
    public static bool LireOrganisation(Acteur acteur, int organisationId, string departement) =>
        Habilitations.Autorise(acteur, Ressource.Flux, Acte.Lire, CibleBailleur(organisationId, departement));

    /// <summary>Les conventions que l'acteur peut lire, filtrées en SQL selon sa portée.</summary>
    public static IQueryable<ConventionFlux> Visibles(PilotisDbContext db, Acteur acteur)
    {
        ArgumentNullException.ThrowIfNull(db);
        var org = acteur.OrganisationId;
        var conventions = db.ConventionsFlux.AsQueryable();
        return Habilitations.PorteeAccordee(acteur, Ressource.Flux, Acte.Lire) switch
        {
            Portee.Organisation or Portee.Perimetre => conventions.Where(c =>
                c.BailleurId == org || c.ReservataireId == org
            ),
            Portee.Departement => conventions.Where(c =>
                c.DepartementCode == acteur.DepartementCode || c.BailleurId == org || c.ReservataireId == org
            ),
            Portee.Region => conventions.Where(c =>
                db.Departements.Any(d => d.Code == c.DepartementCode && d.RegionCode == acteur.RegionCode)
                || c.BailleurId == org
                || c.ReservataireId == org
            ),
            _ => conventions.Where(c => false),
        };
    }
}
