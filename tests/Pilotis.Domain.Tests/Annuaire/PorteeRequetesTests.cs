using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Tests;

/// <summary>
/// The list filters of <see cref="PorteeRequetes"/> select exactly the organisations that <see
/// cref="Habilitations.Autorise"/>
/// accepts one by one, for every actor type, role, resource and act.
/// </summary>
public class PorteeRequetesTests
{
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

    private static readonly Organisation[] Organisations =
    [
        Org(1, TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", "30", "76"),
        Org(2, TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "34", "34", "76"),
        Org(3, TypeOrganisation.Dreal, NiveauPerimetre.Region, "76", "30", "76"),
        Org(4, TypeOrganisation.Epci, NiveauPerimetre.Epci, "243000643", "30", "76"),
        Org(5, TypeOrganisation.Commune, NiveauPerimetre.Commune, "30189", "30", "76"),
        Org(6, TypeOrganisation.Commune, NiveauPerimetre.Commune, "30007", "30", "76"),
        Org(7, TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", "30", "76"),
        Org(8, TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "84", "84", "93"),
        Org(9, TypeOrganisation.Reservataire, NiveauPerimetre.Departement, "30", "30", "76"),
        Org(10, TypeOrganisation.Financeur, NiveauPerimetre.Region, "93", "13", "93"),
        Org(11, TypeOrganisation.OperateurFoncier, NiveauPerimetre.Region, "76", "34", "76"),
        Org(12, TypeOrganisation.Epci, NiveauPerimetre.Epci, "248400251", "84", "93"),
        Org(13, TypeOrganisation.Bailleur, NiveauPerimetre.National, "FR", "75", "11"),
    ];

    public static TheoryData<int, Role, Ressource, Acte> Cas()
    {
        var cas = new TheoryData<int, Role, Ressource, Acte>();
        foreach (var o in Organisations)
        foreach (var role in Enum.GetValues<Role>())
        foreach (var ressource in Enum.GetValues<Ressource>())
        foreach (var acte in Enum.GetValues<Acte>())
            cas.Add(o.Id, role, ressource, acte);
        return cas;
    }

    [Theory]
    [MemberData(nameof(Cas))]
    public void Le_filtre_de_liste_equivaut_a_Autorise(int acteurId, Role role, Ressource ressource, Acte acte)
    {
        var acteur = Acteur.De(Organisations.Single(o => o.Id == acteurId), role);
        var filtre = PorteeRequetes.Organisations(acteur, ressource, acte).Compile();
        var attendues = Organisations
            .Where(o => Habilitations.Autorise(acteur, ressource, acte, Cible.DeOrganisation(o)))
            .Select(o => o.Id);
        Assert.Equal(attendues, Organisations.Where(filtre).Select(o => o.Id));
    }

    [Fact]
    public void Une_ddtm_ne_cree_pas_de_dreal_et_un_bailleur_ne_cree_rien()
    {
        var ddtm = Acteur.De(Organisations[0], Role.Administrateur);
        Assert.DoesNotContain(TypeOrganisation.Dreal, PorteeRequetes.TypesAttribuables(ddtm));
        Assert.Contains(TypeOrganisation.Bailleur, PorteeRequetes.TypesAttribuables(ddtm));
        Assert.Empty(PorteeRequetes.TypesAttribuables(Acteur.De(Organisations[6], Role.Administrateur)));
        Assert.Empty(PorteeRequetes.TypesAttribuables(Acteur.De(Organisations[0], Role.Agent)));
    }
}
