using System.Linq.Expressions;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Foncier;

/// <summary>
/// Les habilitations appliquées au foncier : la cible d'un site ou d'un outil (l'EPF porteur, s'il y en a un, et la
/// commune) et les filtres de requête équivalents à <see cref="Habilitations.Autorise"/> ligne à ligne, pour que les
/// listes, la carte, les exports et l'API montrent exactement ce que la page d'un site accepterait.
/// </summary>
public static class AccesFoncier
{
    public static Cible Cible(this SiteFoncier s) =>
        new(s.PorteurId, new Localisation(s.CommuneCode, s.EpciSiren, s.DepartementCode, s.RegionCode));

    public static Cible Cible(this OutilFoncier o) =>
        new(o.PorteurId, new Localisation(o.CommuneCode, o.EpciSiren, o.DepartementCode, o.RegionCode));

    /// <summary>
    /// Les types d'organisation qui portent des sites (l'EPF) : ceux à qui la table accorde de modifier les sites de
    /// leur propre organisation, jamais déduits d'un nom de type.
    /// </summary>
    public static IReadOnlyList<TypeOrganisation> TypesPorteurs { get; } =
        Enum.GetValues<TypeOrganisation>()
            .Where(t => Habilitations.PorteeDuType(t, Ressource.Foncier, Acte.Modifier) == Portee.Organisation)
            .ToList();

    public static Expression<Func<SiteFoncier, bool>> Sites(Acteur acteur, Acte acte)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var id = acteur.OrganisationId;
        var dep = acteur.DepartementCode;
        var reg = acteur.RegionCode;
        var code = acteur.Perimetre.Code;
        return Habilitations.PorteeAccordee(acteur, Ressource.Foncier, acte) switch
        {
            Portee.Organisation => s => s.PorteurId == id,
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => s => true,
                NiveauPerimetre.Region => s => s.PorteurId == id || s.RegionCode == code,
                NiveauPerimetre.Departement => s => s.PorteurId == id || s.DepartementCode == code,
                NiveauPerimetre.Epci => s => s.PorteurId == id || s.EpciSiren == code,
                NiveauPerimetre.Commune => s => s.PorteurId == id || s.CommuneCode == code,
                _ => s => s.PorteurId == id,
            },
            Portee.Departement => s => s.PorteurId == id || s.DepartementCode == dep,
            Portee.Region => s => s.PorteurId == id || s.RegionCode == reg,
            _ => s => false,
        };
    }

    public static Expression<Func<OutilFoncier, bool>> Outils(Acteur acteur, Acte acte)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        var id = acteur.OrganisationId;
        var dep = acteur.DepartementCode;
        var reg = acteur.RegionCode;
        var code = acteur.Perimetre.Code;
        return Habilitations.PorteeAccordee(acteur, Ressource.OutilsFonciers, acte) switch
        {
            Portee.Organisation => o => o.PorteurId == id,
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => o => true,
                NiveauPerimetre.Region => o => o.PorteurId == id || o.RegionCode == code,
                NiveauPerimetre.Departement => o => o.PorteurId == id || o.DepartementCode == code,
                NiveauPerimetre.Epci => o => o.PorteurId == id || o.EpciSiren == code,
                NiveauPerimetre.Commune => o => o.PorteurId == id || o.CommuneCode == code,
                _ => o => o.PorteurId == id,
            },
            Portee.Departement => o => o.PorteurId == id || o.DepartementCode == dep,
            Portee.Region => o => o.PorteurId == id || o.RegionCode == reg,
            _ => o => false,
        };
    }
}
