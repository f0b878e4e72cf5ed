using Pilotis.Domain.Annuaire;
using static Pilotis.Domain.Annuaire.TypeOrganisation;
using P = Pilotis.Domain.Annuaire.Portee;
using R = Pilotis.Domain.Annuaire.Ressource;

namespace Pilotis.Domain.Tests;

/// <summary>The rights table, line by line, as written in docs/STATUTS.md (read, modify).</summary>
public class HabilitationsTableTests
{
    [Theory]
    // Organisations: the DDTM administers the département's actors, the DREAL reads the region's; each one its own
    // record.
    [InlineData(Ddtm, R.Organisations, P.Departement, P.Departement)]
    [InlineData(Dreal, R.Organisations, P.Region, P.Organisation)]
    [InlineData(Epci, R.Organisations, P.Organisation, P.Organisation)]
    [InlineData(Commune, R.Organisations, P.Organisation, P.Organisation)]
    [InlineData(Bailleur, R.Organisations, P.Organisation, P.Organisation)]
    [InlineData(Reservataire, R.Organisations, P.Organisation, P.Organisation)]
    [InlineData(Financeur, R.Organisations, P.Organisation, P.Organisation)]
    [InlineData(OperateurFoncier, R.Organisations, P.Organisation, P.Organisation)]
    // Utilisateurs: the DDTM for the département, everyone else for its own organisation.
    [InlineData(Ddtm, R.Utilisateurs, P.Departement, P.Departement)]
    [InlineData(Dreal, R.Utilisateurs, P.Organisation, P.Organisation)]
    [InlineData(Epci, R.Utilisateurs, P.Organisation, P.Organisation)]
    [InlineData(Commune, R.Utilisateurs, P.Organisation, P.Organisation)]
    [InlineData(Bailleur, R.Utilisateurs, P.Organisation, P.Organisation)]
    [InlineData(Reservataire, R.Utilisateurs, P.Organisation, P.Organisation)]
    [InlineData(Financeur, R.Utilisateurs, P.Organisation, P.Organisation)]
    [InlineData(OperateurFoncier, R.Utilisateurs, P.Organisation, P.Organisation)]
    // Journal: read-only for everyone; the State services see their territory.
    [InlineData(Ddtm, R.Journal, P.Departement, P.Aucune)]
    [InlineData(Dreal, R.Journal, P.Region, P.Aucune)]
    [InlineData(Epci, R.Journal, P.Organisation, P.Aucune)]
    [InlineData(Commune, R.Journal, P.Organisation, P.Aucune)]
    [InlineData(Bailleur, R.Journal, P.Organisation, P.Aucune)]
    [InlineData(Reservataire, R.Journal, P.Organisation, P.Aucune)]
    [InlineData(Financeur, R.Journal, P.Organisation, P.Aucune)]
    [InlineData(OperateurFoncier, R.Journal, P.Organisation, P.Aucune)]
    // Zonings, QPV, SRU status: State orders, entered by the DDTM (the data stay public on the territory pages).
    [InlineData(Ddtm, R.AttributsCommunes, P.Departement, P.Departement)]
    [InlineData(Dreal, R.AttributsCommunes, P.Region, P.Aucune)]
    [InlineData(Epci, R.AttributsCommunes, P.Aucune, P.Aucune)]
    [InlineData(Commune, R.AttributsCommunes, P.Aucune, P.Aucune)]
    [InlineData(Bailleur, R.AttributsCommunes, P.Aucune, P.Aucune)]
    [InlineData(Reservataire, R.AttributsCommunes, P.Aucune, P.Aucune)]
    [InlineData(Financeur, R.AttributsCommunes, P.Aucune, P.Aucune)]
    [InlineData(OperateurFoncier, R.AttributsCommunes, P.Aucune, P.Aucune)]
    // Cotation grids: the EPCI defines and publishes its own; the DDTM, communes and bailleurs read.
    [InlineData(Ddtm, R.Cotation, P.Departement, P.Aucune)]
    [InlineData(Epci, R.Cotation, P.Perimetre, P.Perimetre)]
    [InlineData(Commune, R.Cotation, P.Perimetre, P.Aucune)]
    [InlineData(Bailleur, R.Cotation, P.Departement, P.Aucune)]
    [InlineData(Reservataire, R.Cotation, P.Aucune, P.Aucune)]
    // Demand parameters (ceilings, official quartile thresholds): the DDTM only.
    [InlineData(Ddtm, R.ParametresDemande, P.Departement, P.Departement)]
    [InlineData(Epci, R.ParametresDemande, P.Aucune, P.Aucune)]
    [InlineData(Bailleur, R.ParametresDemande, P.Aucune, P.Aucune)]
    // Allocation objectives and reform: the EPCI sets its CIA objective and its steps; bailleurs only read.
    // Aids catalogue: everyone reads; a financer keeps its own local aids; the DDTM corrects the département's.
    [InlineData(Ddtm, R.Aides, P.Departement, P.Departement)]
    [InlineData(Financeur, R.Aides, P.Departement, P.Organisation)]
    [InlineData(Bailleur, R.Aides, P.Departement, P.Aucune)]
    [InlineData(Commune, R.Aides, P.Departement, P.Aucune)]
    [InlineData(Ddtm, R.Attributions, P.Departement, P.Departement)]
    [InlineData(Dreal, R.Attributions, P.Region, P.Aucune)]
    [InlineData(Epci, R.Attributions, P.Perimetre, P.Perimetre)]
    [InlineData(Commune, R.Attributions, P.Perimetre, P.Perimetre)]
    [InlineData(Bailleur, R.Attributions, P.Departement, P.Aucune)]
    [InlineData(Reservataire, R.Attributions, P.Departement, P.Aucune)]
    [InlineData(Financeur, R.Attributions, P.Aucune, P.Aucune)]
    // Elected officials' training: the DDTM runs sessions; a commune registers and reads its own officials; the EPCI
    // reads its communes'. Residents' concertation: the operation's bailleur records, territories read.
    [InlineData(Ddtm, R.Formations, P.Departement, P.Departement)]
    [InlineData(Dreal, R.Formations, P.Region, P.Aucune)]
    [InlineData(Epci, R.Formations, P.Perimetre, P.Aucune)]
    [InlineData(Commune, R.Formations, P.Perimetre, P.Perimetre)]
    [InlineData(Bailleur, R.Formations, P.Aucune, P.Aucune)]
    [InlineData(Bailleur, R.Concertations, P.Organisation, P.Organisation)]
    [InlineData(Commune, R.Concertations, P.Perimetre, P.Aucune)]
    [InlineData(Epci, R.Concertations, P.Perimetre, P.Aucune)]
    [InlineData(Ddtm, R.Concertations, P.Departement, P.Aucune)]
    [InlineData(Financeur, R.Concertations, P.Aucune, P.Aucune)]
    public void Ligne_de_la_table(TypeOrganisation type, Ressource ressource, Portee lire, Portee modifier)
    {
        var lignes = Habilitations.Lignes().Where(l => l.Type == type && l.Ressource == ressource).ToList();
        Assert.Equal(lire, Assert.Single(lignes, l => l.Acte == Acte.Lire).Portee);
        Assert.Equal(modifier, Assert.Single(lignes, l => l.Acte == Acte.Modifier).Portee);

        // An administrator gets exactly the table's scope (the role never widens it).
        var administrateur = new Acteur(
            1,
            type,
            new Perimetre(NiveauPerimetre.Departement, "30"),
            "30",
            "76",
            Role.Administrateur
        );
        Assert.Equal(lire, Habilitations.PorteeAccordee(administrateur, ressource, Acte.Lire));
        Assert.Equal(modifier, Habilitations.PorteeAccordee(administrateur, ressource, Acte.Modifier));
    }

    [Fact]
    public void Chaque_type_a_une_ligne_pour_chaque_ressource_et_chaque_acte()
    {
        var attendu =
            Enum.GetValues<TypeOrganisation>().Length
            * Enum.GetValues<Ressource>().Length
            * Enum.GetValues<Acte>().Length;
        var lignes = Habilitations.Lignes().ToList();
        Assert.Equal(attendu, lignes.Count);
        Assert.Equal(attendu, lignes.Select(l => (l.Type, l.Ressource, l.Acte)).Distinct().Count());
    }

    [Theory]
    [InlineData(R.Organisations, Acte.Lire, Role.Lecteur)]
    [InlineData(R.Organisations, Acte.Modifier, Role.Administrateur)]
    [InlineData(R.Utilisateurs, Acte.Lire, Role.Lecteur)]
    [InlineData(R.Utilisateurs, Acte.Modifier, Role.Administrateur)]
    [InlineData(R.Journal, Acte.Lire, Role.Lecteur)]
    [InlineData(R.Journal, Acte.Modifier, Role.Agent)]
    [InlineData(R.AttributsCommunes, Acte.Lire, Role.Lecteur)]
    [InlineData(R.AttributsCommunes, Acte.Modifier, Role.Agent)]
    [InlineData(R.Operations, Acte.Lire, Role.Lecteur)]
    [InlineData(R.Operations, Acte.Modifier, Role.Agent)]
    [InlineData(R.Sru, Acte.Modifier, Role.Agent)]
    [InlineData(R.Demandes, Acte.Modifier, Role.Agent)]
    [InlineData(R.Cotation, Acte.Modifier, Role.Agent)]
    [InlineData(R.ParametresDemande, Acte.Lire, Role.Lecteur)]
    [InlineData(R.ParametresDemande, Acte.Modifier, Role.Administrateur)]
    public void Role_minimal(Ressource ressource, Acte acte, Role attendu) =>
        Assert.Equal(attendu, Habilitations.RoleMinimal(ressource, acte));

    [Theory]
    [InlineData(Role.Lecteur, R.Organisations, Acte.Lire, P.Departement)]
    [InlineData(Role.Lecteur, R.Organisations, Acte.Modifier, P.Aucune)]
    [InlineData(Role.Agent, R.Organisations, Acte.Modifier, P.Aucune)]
    [InlineData(Role.Administrateur, R.Organisations, Acte.Modifier, P.Departement)]
    [InlineData(Role.Lecteur, R.AttributsCommunes, Acte.Modifier, P.Aucune)]
    [InlineData(Role.Agent, R.AttributsCommunes, Acte.Modifier, P.Departement)]
    // Ceilings and official quartile thresholds: only an administrator of the DDTM edits them.
    [InlineData(Role.Agent, R.ParametresDemande, Acte.Modifier, P.Aucune)]
    [InlineData(Role.Administrateur, R.ParametresDemande, Acte.Modifier, P.Departement)]
    public void Le_role_restreint_la_portee_de_la_DDTM(Role role, Ressource ressource, Acte acte, Portee attendue)
    {
        var ddtm = new Acteur(1, Ddtm, new Perimetre(NiveauPerimetre.Departement, "30"), "30", "76", role);
        Assert.Equal(attendue, Habilitations.PorteeAccordee(ddtm, ressource, acte));
    }
}
