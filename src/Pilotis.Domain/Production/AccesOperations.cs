using System.Linq.Expressions;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Production;

/// <summary>
/// Les habilitations appliquées aux opérations : la cible d'une opération (son bailleur et son lieu) et le filtre
/// de requête équivalent à <see cref="Habilitations.Autorise"/> ligne à ligne (pour les listes et les agrégats).
/// </summary>
public static class AccesOperations
{
    public static Cible Cible(this Operation o) =>
        new(o.BailleurId, new Localisation(o.CommuneCode, o.EpciSiren, o.DepartementCode, o.RegionCode));

    /// <summary>
    /// L'organisation de l'acteur porte-t-elle des opérations (maître d'ouvrage), quel que soit le rôle de
    /// l'utilisateur ? Lu dans la table des habilitations (<see cref="Acte.Creer"/>), jamais déduit du type.
    /// </summary>
    public static bool EstPorteur(Acteur acteur) =>
        Habilitations.PorteeDuType(acteur.Type, Ressource.Operations, Acte.Creer) != Portee.Aucune;

    /// <summary>L'utilisateur peut-il créer et saisir des opérations (porteur, et au moins agent) ?</summary>
    public static bool PeutCreer(Acteur acteur) =>
        Habilitations.PorteeAccordee(acteur, Ressource.Operations, Acte.Creer) != Portee.Aucune;

    public static Expression<Func<Operation, bool>> Filtre(Acteur acteur, Ressource ressource, Acte acte)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var id = acteur.OrganisationId;
        var departement = acteur.DepartementCode;
        var region = acteur.RegionCode;
        var code = acteur.Perimetre.Code;
        var portee = Habilitations.PorteeAccordee(acteur, ressource, acte);
        // Seul un bailleur porte des opérations : pour les autres acteurs, la clause « ses propres opérations » est
        // toujours fausse et on l'omet, pour que la base filtre sur un seul index (le lissage d'un département).
        if (!EstPorteur(acteur))
        {
            return portee switch
            {
                Portee.Organisation => o => false,
                Portee.Perimetre => acteur.Perimetre.Niveau switch
                {
                    NiveauPerimetre.National => o => true,
                    NiveauPerimetre.Region => o => o.RegionCode == code,
                    NiveauPerimetre.Departement => o => o.DepartementCode == code,
                    NiveauPerimetre.Epci => o => o.EpciSiren == code,
                    NiveauPerimetre.Commune => o => o.CommuneCode == code,
                    _ => o => false,
                },
                Portee.Departement => o => o.DepartementCode == departement,
                Portee.Region => o => o.RegionCode == region,
                _ => o => false,
            };
        }
        return portee switch
        {
            Portee.Organisation => o => o.BailleurId == id,
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => o => true,
                NiveauPerimetre.Region => o => o.BailleurId == id || o.RegionCode == code,
                NiveauPerimetre.Departement => o => o.BailleurId == id || o.DepartementCode == code,
                NiveauPerimetre.Epci => o => o.BailleurId == id || o.EpciSiren == code,
                NiveauPerimetre.Commune => o => o.BailleurId == id || o.CommuneCode == code,
                _ => o => o.BailleurId == id,
            },
            Portee.Departement => o => o.BailleurId == id || o.DepartementCode == departement,
            Portee.Region => o => o.BailleurId == id || o.RegionCode == region,
            _ => o => false,
        };
    }

    /// <summary>
    /// Les rôles que l'acteur tient sur cette opération dans la machine à états : le bailleur maître d'ouvrage ;
    /// l'instructeur (agent de la DDT(M) du département) ; le valideur (administrateur de cette DDT(M)).
    /// </summary>
    public static IReadOnlySet<ActeurOperation> RolesSur(Acteur acteur, Operation o)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        ArgumentNullException.ThrowIfNull(o);
        var roles = new HashSet<ActeurOperation>();
        if (!Habilitations.Autorise(acteur, Ressource.Operations, Acte.Modifier, o.Cible()))
            return roles;
        if (EstPorteur(acteur) && o.BailleurId == acteur.OrganisationId)
            roles.Add(ActeurOperation.Bailleur);
        if (
            Habilitations.Autorise(acteur, Ressource.Operations, Acte.Instruire, o.Cible())
            && o.DepartementCode == acteur.DepartementCode
        )
        {
            roles.Add(ActeurOperation.Instructeur);
            if (acteur.Role >= Role.Administrateur)
                roles.Add(ActeurOperation.Valideur);
        }
        return roles;
    }
}
