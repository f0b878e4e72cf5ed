using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Production;

/// <summary>
/// The SQL filter of the operation lists says exactly what <see cref="Habilitations.Autorise"/> says, row by row,
/// and the state-machine roles follow the organisation type and role.
/// </summary>
public sealed class AccesOperationsTests
{
    private static readonly Operation[] Operations =
    [
        Op(1, 7, "30189", "243000643", "30", "76"), // Nîmes, bailleur 7
        Op(2, 8, "30189", "243000643", "30", "76"), // Nîmes, bailleur 8
        Op(3, 7, "30007", "200066918", "30", "76"), // Alès, bailleur 7
        Op(4, 8, "34172", "243400017", "34", "76"), // Montpellier (Hérault, same region)
        Op(5, 8, "13055", "200054807", "13", "93"), // Marseille (other region)
        Op(6, 8, "30202", null, "30", "76"), // Gard commune without EPCI
    ];

    private static Operation Op(
        int id,
        int bailleur,
        string commune,
        string? epci,
        string departement,
        string region
    ) =>
        new()
        {
            Id = id,
            Numero = $"N{id}",
            Nom = $"Op {id}",
            BailleurId = bailleur,
            CommuneCode = commune,
            EpciSiren = epci,
            DepartementCode = departement,
            RegionCode = region,
            Nature = NatureOperation.Neuf,
        };

    public static TheoryData<string, Acteur, int[]> Acteurs =>
        new()
        {
            {
                "bailleur 7",
                new Acteur(
                    7,
                    TypeOrganisation.Bailleur,
                    new Perimetre(NiveauPerimetre.Departement, "30"),
                    "30",
                    "76",
                    Role.Agent
                ),
                [1, 3]
            },
            {
                "bailleur 8 lecteur",
                new Acteur(
                    8,
                    TypeOrganisation.Bailleur,
                    new Perimetre(NiveauPerimetre.Departement, "30"),
                    "30",
                    "76",
                    Role.Lecteur
                ),
                [2, 4, 5, 6]
            },
            {
                "DDTM du Gard",
                new Acteur(
                    20,
                    TypeOrganisation.Ddtm,
                    new Perimetre(NiveauPerimetre.Departement, "30"),
                    "30",
                    "76",
                    Role.Agent
                ),
                [1, 2, 3, 6]
            },
            {
                "DREAL Occitanie",
                new Acteur(
                    21,
                    TypeOrganisation.Dreal,
                    new Perimetre(NiveauPerimetre.Region, "76"),
                    "31",
                    "76",
                    Role.Lecteur
                ),
                [1, 2, 3, 4, 6]
            },
            {
                "Nîmes Métropole",
                new Acteur(
                    22,
                    TypeOrganisation.Epci,
                    new Perimetre(NiveauPerimetre.Epci, "243000643"),
                    "30",
                    "76",
                    Role.Agent
                ),
                [1, 2]
            },
            {
                "commune d'Alès",
                new Acteur(
                    23,
                    TypeOrganisation.Commune,
                    new Perimetre(NiveauPerimetre.Commune, "30007"),
                    "30",
                    "76",
                    Role.Agent
                ),
                [3]
            },
            {
                "financeur départemental",
                new Acteur(
                    24,
                    TypeOrganisation.Financeur,
                    new Perimetre(NiveauPerimetre.Departement, "30"),
                    "30",
                    "76",
                    Role.Lecteur
                ),
                [1, 2, 3, 6]
            },
            {
                "réservataire",
                new Acteur(
                    25,
                    TypeOrganisation.Reservataire,
                    new Perimetre(NiveauPerimetre.Departement, "30"),
                    "30",
                    "76",
                    Role.Administrateur
                ),
                []
            },
            {
                "EPF national",
                new Acteur(26, TypeOrganisation.OperateurFoncier, Perimetre.National, "30", "76", Role.Agent),
                [1, 2, 3, 4, 5, 6]
            },
        };

    [Theory]
    [MemberData(nameof(Acteurs))]
    public void Le_filtre_de_liste_equivaut_a_l_autorisation_ligne_a_ligne(string qui, Acteur acteur, int[] attendues)
    {
        foreach (var acte in new[] { Acte.Lire, Acte.Modifier })
        {
            var filtre = AccesOperations.Filtre(acteur, Ressource.Operations, acte).Compile();
            var parFiltre = Operations.Where(filtre).Select(o => o.Id).ToArray();
            var parTable = Operations
                .Where(o => Habilitations.Autorise(acteur, Ressource.Operations, acte, o.Cible()))
                .Select(o => o.Id)
                .ToArray();
            Assert.True(
                parTable.SequenceEqual(parFiltre),
                $"{qui}, {acte} : filtre [{string.Join(",", parFiltre)}] ≠ table [{string.Join(",", parTable)}]"
            );
        }
        Assert.Equal(
            attendues,
            Operations
                .Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire).Compile())
                .Select(o => o.Id)
        );
    }

    [Fact]
    public void Les_roles_dans_la_machine_a_etats_suivent_l_organisation_et_le_role()
    {
        var op = Operations[0];
        var bailleur = new Acteur(
            7,
            TypeOrganisation.Bailleur,
            new Perimetre(NiveauPerimetre.Departement, "30"),
            "30",
            "76",
            Role.Agent
        );
        Assert.Equal([ActeurOperation.Bailleur], AccesOperations.RolesSur(bailleur, op));
        Assert.Empty(AccesOperations.RolesSur(bailleur with { Role = Role.Lecteur }, op));
        Assert.Empty(AccesOperations.RolesSur(bailleur with { OrganisationId = 8 }, op));
        var agent = new Acteur(
            20,
            TypeOrganisation.Ddtm,
            new Perimetre(NiveauPerimetre.Departement, "30"),
            "30",
            "76",
            Role.Agent
        );
        Assert.Equal([ActeurOperation.Instructeur], AccesOperations.RolesSur(agent, op));
        Assert.Equal(
            [ActeurOperation.Instructeur, ActeurOperation.Valideur],
            AccesOperations.RolesSur(agent with { Role = Role.Administrateur }, op).Order()
        );
        Assert.Empty(
            AccesOperations.RolesSur(
                agent with
                {
                    DepartementCode = "34",
                    Perimetre = new Perimetre(NiveauPerimetre.Departement, "34"),
                },
                op
            )
        );
        Assert.Empty(
            AccesOperations.RolesSur(
                new Acteur(
                    22,
                    TypeOrganisation.Epci,
                    new Perimetre(NiveauPerimetre.Epci, "243000643"),
                    "30",
                    "76",
                    Role.Administrateur
                ),
                op
            )
        );
    }
}
