using System.Linq.Expressions;

namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Les portées de <see cref="Habilitations"/> traduites en filtres de requête, pour que les listes (organisations,
/// comptes, journal) montrent exactement ce que <see cref="Habilitations.Autorise"/> accepterait ligne à ligne.
/// PorteeRequetesTests vérifie l'équivalence sur chaque ligne de la table.
/// </summary>
public static class PorteeRequetes
{
    /// <summary>
    /// Organisations <c>o</c> telles que <c>Autorise(acteur, ressource, acte, Cible.DeOrganisation(o))</c>.
    /// </summary>
    public static Expression<Func<Organisation, bool>> Organisations(Acteur acteur, Ressource ressource, Acte acte) =>
        Organisations(acteur, Habilitations.PorteeAccordee(acteur, ressource, acte));

    public static Expression<Func<Organisation, bool>> Organisations(Acteur acteur, Portee portee)
    {
        var id = acteur.OrganisationId;
        var departement = acteur.DepartementCode;
        var region = acteur.RegionCode;
        var code = acteur.Perimetre.Code;
        return portee switch
        {
            Portee.Organisation => o => o.Id == id,
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => o => true,
                NiveauPerimetre.Region => o => o.Id == id || o.RegionCode == code,
                NiveauPerimetre.Departement => o => o.Id == id || o.DepartementCode == code,
                NiveauPerimetre.Epci => o =>
                    o.Id == id || (o.PerimetreNiveau == NiveauPerimetre.Epci && o.PerimetreCode == code),
                NiveauPerimetre.Commune => o =>
                    o.Id == id || (o.PerimetreNiveau == NiveauPerimetre.Commune && o.PerimetreCode == code),
                _ => o => o.Id == id,
            },
            Portee.Departement => o => o.Id == id || o.DepartementCode == departement,
            Portee.Region => o => o.Id == id || o.RegionCode == region,
            _ => o => false,
        };
    }

    /// <summary>
    /// Types qu'un acteur peut donner à une organisation qu'il crée ou modifie. Une DDT(M) ne crée pas de DREAL :
    /// ce serait accorder une portée régionale qu'elle n'a pas elle-même.
    /// </summary>
    public static IReadOnlyList<TypeOrganisation> TypesAttribuables(Acteur acteur) =>
        Habilitations.PorteeAccordee(acteur, Ressource.Organisations, Acte.Modifier) switch
        {
            Portee.Region => Enum.GetValues<TypeOrganisation>(),
            Portee.Departement => Enum.GetValues<TypeOrganisation>().Where(t => t != TypeOrganisation.Dreal).ToList(),
            _ => [],
        };
}
