using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Tests;

/// <summary>
/// <see cref="Habilitations.Autorise"/> on the Gard demo actors: who may act on which organisation or place.
/// Targets are "org:&lt;actor&gt;" (that actor's organisation) or "commune:&lt;INSEE&gt;" (a place owned by nobody in
/// particular).
/// </summary>
public class HabilitationsAutoriseTests
{
    private static readonly Dictionary<string, Organisation> Organisations = new()
    {
        ["ddtm-gard"] = Org(1, TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", "30", "76"),
        ["ddtm-herault"] = Org(2, TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "34", "34", "76"),
        ["dreal-occitanie"] = Org(3, TypeOrganisation.Dreal, NiveauPerimetre.Region, "76", "30", "76"),
        ["epci-nimes"] = Org(4, TypeOrganisation.Epci, NiveauPerimetre.Epci, "243000643", "30", "76"),
        ["commune-nimes"] = Org(5, TypeOrganisation.Commune, NiveauPerimetre.Commune, "30189", "30", "76"),
        ["commune-ales"] = Org(6, TypeOrganisation.Commune, NiveauPerimetre.Commune, "30007", "30", "76"),
        ["bailleur-garrigues"] = Org(7, TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", "30", "76"),
        ["bailleur-cevennes"] = Org(8, TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", "30", "76"),
        ["bailleur-vaucluse"] = Org(9, TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "84", "84", "93"),
    };

    private static readonly Dictionary<string, Localisation> Lieux = new()
    {
        ["30189"] = new("30189", "243000643", "30", "76"), // Nîmes, Nîmes Métropole
        ["30007"] = new("30007", "200066918", "30", "76"), // Alès, Alès Agglomération
        ["34172"] = new("34172", "243400017", "34", "76"), // Montpellier, Hérault, Occitanie
        ["84007"] = new("84007", "248400251", "84", "93"), // Avignon, Vaucluse, Provence-Alpes-Côte d'Azur
    };

    private static Organisation Org(
        int id,
        TypeOrganisation type,
        NiveauPerimetre niveau,
        string code,
        string dep,
        string reg
    ) =>
        new()
        {
            Id = id,
            Nom = $"Organisation {id}",
            Type = type,
            PerimetreNiveau = niveau,
            PerimetreCode = code,
            DepartementCode = dep,
            RegionCode = reg,
        };

    private static Cible CibleDe(string cible) =>
        cible.Split(':') switch
        {
            ["org", var nom] => Cible.DeOrganisation(Organisations[nom]),
            ["commune", var code] => new Cible(null, Lieux[code]),
            _ => throw new ArgumentException(cible),
        };

    [Theory]
    // Portée Organisation: one's own organisation only.
    [InlineData(
        "bailleur-garrigues",
        Role.Administrateur,
        Ressource.Organisations,
        Acte.Modifier,
        "org:bailleur-garrigues",
        true
    )]
    [InlineData(
        "bailleur-garrigues",
        Role.Administrateur,
        Ressource.Organisations,
        Acte.Modifier,
        "org:bailleur-cevennes",
        false
    )]
    [InlineData(
        "bailleur-garrigues",
        Role.Administrateur,
        Ressource.Organisations,
        Acte.Lire,
        "org:bailleur-cevennes",
        false
    )]
    [InlineData("bailleur-garrigues", Role.Agent, Ressource.Operations, Acte.Modifier, "org:bailleur-cevennes", false)]
    [InlineData("bailleur-garrigues", Role.Agent, Ressource.Operations, Acte.Modifier, "org:bailleur-garrigues", true)]
    [InlineData("commune-nimes", Role.Administrateur, Ressource.Organisations, Acte.Lire, "org:commune-ales", false)]
    [InlineData("commune-nimes", Role.Administrateur, Ressource.Utilisateurs, Acte.Modifier, "org:commune-ales", false)]
    [InlineData("commune-nimes", Role.Administrateur, Ressource.Utilisateurs, Acte.Modifier, "org:commune-nimes", true)]
    [InlineData("commune-nimes", Role.Agent, Ressource.Organisations, Acte.Modifier, "org:commune-nimes", false)]
    // Portée Perimetre: the commune's own territory, the EPCI's member communes.
    [InlineData("commune-nimes", Role.Agent, Ressource.Sru, Acte.Modifier, "commune:30189", true)]
    [InlineData("commune-nimes", Role.Agent, Ressource.Sru, Acte.Modifier, "commune:30007", false)]
    [InlineData("commune-nimes", Role.Lecteur, Ressource.Sru, Acte.Modifier, "commune:30189", false)]
    [InlineData("commune-ales", Role.Lecteur, Ressource.Operations, Acte.Lire, "commune:30189", false)]
    [InlineData("epci-nimes", Role.Lecteur, Ressource.Operations, Acte.Lire, "commune:30189", true)]
    [InlineData("epci-nimes", Role.Lecteur, Ressource.Operations, Acte.Lire, "commune:30007", false)]
    [InlineData("epci-nimes", Role.Lecteur, Ressource.Operations, Acte.Lire, "org:epci-nimes", true)]
    // Portée Departement: the DDTM and the actors of its département, not the neighbouring one.
    [InlineData(
        "ddtm-gard",
        Role.Administrateur,
        Ressource.Organisations,
        Acte.Modifier,
        "org:bailleur-cevennes",
        true
    )]
    [InlineData("ddtm-gard", Role.Administrateur, Ressource.Organisations, Acte.Modifier, "org:ddtm-herault", false)]
    [InlineData("ddtm-gard", Role.Agent, Ressource.AttributsCommunes, Acte.Modifier, "commune:30007", true)]
    [InlineData("ddtm-gard", Role.Agent, Ressource.AttributsCommunes, Acte.Modifier, "commune:34172", false)]
    [InlineData("ddtm-herault", Role.Lecteur, Ressource.Journal, Acte.Lire, "org:commune-nimes", false)]
    [InlineData("bailleur-garrigues", Role.Agent, Ressource.Demandes, Acte.Lire, "commune:30007", true)]
    [InlineData("bailleur-vaucluse", Role.Agent, Ressource.Demandes, Acte.Lire, "commune:30007", false)]
    // Portée Region: the DREAL reads the whole region, modifies only its own record.
    [InlineData("dreal-occitanie", Role.Lecteur, Ressource.Organisations, Acte.Lire, "org:ddtm-herault", true)]
    [InlineData("dreal-occitanie", Role.Lecteur, Ressource.Organisations, Acte.Lire, "org:bailleur-vaucluse", false)]
    [InlineData("dreal-occitanie", Role.Lecteur, Ressource.AttributsCommunes, Acte.Lire, "commune:34172", true)]
    [InlineData("dreal-occitanie", Role.Lecteur, Ressource.AttributsCommunes, Acte.Lire, "commune:84007", false)]
    [InlineData("dreal-occitanie", Role.Administrateur, Ressource.Organisations, Acte.Modifier, "org:ddtm-gard", false)]
    [InlineData(
        "dreal-occitanie",
        Role.Administrateur,
        Ressource.Organisations,
        Acte.Modifier,
        "org:dreal-occitanie",
        true
    )]
    // Portée Aucune: nobody but the State edits zonings.
    [InlineData("epci-nimes", Role.Administrateur, Ressource.AttributsCommunes, Acte.Modifier, "commune:30189", false)]
    [InlineData("commune-nimes", Role.Administrateur, Ressource.Journal, Acte.Modifier, "org:commune-nimes", false)]
    public void Autorise(string acteur, Role role, Ressource ressource, Acte acte, string cible, bool attendu) =>
        Assert.Equal(
            attendu,
            Habilitations.Autorise(Acteur.De(Organisations[acteur], role), ressource, acte, CibleDe(cible))
        );
}
