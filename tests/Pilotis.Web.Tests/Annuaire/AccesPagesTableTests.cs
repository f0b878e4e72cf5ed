using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>
/// AccesPages lue contre la table des habilitations, pour chaque type d'organisation et chaque rôle : chaque page
/// s'ouvre exactement quand la table accorde à l'acteur une portée sur la ressource et l'acte qu'elle montre.
/// </summary>
public sealed class AccesPagesTableTests
{
    /// <summary>Page → ressource, acte et portée minimale qu'elle exige (null : page publique).</summary>
    private static readonly Dictionary<string, (Ressource Ressource, Acte Acte, Portee Minimum)?> Attendu = new()
    {
        ["/"] = null,
        ["/territoires"] = null,
        ["/eligibilite"] = null,
        ["/ma-demande"] = null,
        ["/cotation"] = null,
        ["/demandes/plafonds"] = null,
        ["/production/calendrier"] = null,
        ["/api/reference"] = null,
        ["/demandes"] = (Ressource.Demandes, Acte.Lire, Portee.Organisation),
        ["/demandes/tableaux"] = (Ressource.Demandes, Acte.Lire, Portee.Organisation),
        ["/demandes/classement"] = (Ressource.Demandes, Acte.Lire, Portee.Organisation),
        ["/demandes/quartiles"] = (Ressource.Demandes, Acte.Lire, Portee.Organisation),
        ["/demandes/nouvelle"] = (Ressource.Demandes, Acte.Modifier, Portee.Organisation),
        ["/demandes/import"] = (Ressource.Demandes, Acte.Importer, Portee.Departement),
        ["/demandes/echeances"] = (Ressource.ParametresDemande, Acte.Modifier, Portee.Organisation),
        ["/operations"] = (Ressource.Operations, Acte.Lire, Portee.Organisation),
        ["/programmation"] = (Ressource.Operations, Acte.Lire, Portee.Organisation),
        ["/production/lissage"] = (Ressource.Operations, Acte.Lire, Portee.Organisation),
        ["/production/delais"] = (Ressource.Operations, Acte.Lire, Portee.Organisation),
        ["/operations/import"] = (Ressource.Operations, Acte.Importer, Portee.Departement),
        ["/production/liste-depot"] = (Ressource.Programmation, Acte.Lire, Portee.Organisation),
        ["/programmation/consolidation"] = (Ressource.Programmation, Acte.Lire, Portee.Organisation),
        ["/revues"] = (Ressource.RevuesProjets, Acte.Lire, Portee.Organisation),
        ["/revues/difficultes"] = (Ressource.RevuesProjets, Acte.Lire, Portee.Organisation),
        ["/revues/difficultes/nouvelle"] = (Ressource.RevuesProjets, Acte.Modifier, Portee.Organisation),
        ["/sru"] = (Ressource.Sru, Acte.Lire, Portee.Organisation),
        ["/sru/simulateur"] = (Ressource.Sru, Acte.Lire, Portee.Organisation),
        ["/sru/inventaire/import"] = (Ressource.Sru, Acte.Instruire, Portee.Organisation),
        ["/logements"] = (Ressource.Logements, Acte.Lire, Portee.Organisation),
        ["/logements/importer"] = (Ressource.Logements, Acte.Importer, Portee.Organisation),
        ["/attributions/objectifs"] = (Ressource.Attributions, Acte.Lire, Portee.Organisation),
        ["/attributions/objectifs/baux"] = (Ressource.Attributions, Acte.Lire, Portee.Organisation),
        ["/attributions/reforme"] = (Ressource.Attributions, Acte.Lire, Portee.Organisation),
        ["/attributions/cil/besoins"] = (Ressource.Attributions, Acte.Lire, Portee.Organisation),
        ["/admin/journal"] = (Ressource.Journal, Acte.Lire, Portee.Organisation),
        ["/caleol/seances"] = (Ressource.Caleol, Acte.Lire, Portee.Organisation),
        ["/caleol/commissions"] = (Ressource.Caleol, Acte.Lire, Portee.Organisation),
        ["/caleol/commissions/nouvelle"] = (Ressource.Caleol, Acte.Modifier, Portee.Organisation),
        ["/attribution/a-attribuer"] = (Ressource.Logements, Acte.Lire, Portee.Organisation),
        ["/attribution/communes"] = (Ressource.Logements, Acte.Lire, Portee.Organisation),
        ["/attribution/gir"] = (Ressource.Gir, Acte.Lire, Portee.Organisation),
        ["/flux/conventions"] = (Ressource.Flux, Acte.Lire, Portee.Organisation),
        ["/flux/conventions/nouvelle"] = (Ressource.Flux, Acte.Modifier, Portee.Organisation),
        ["/flux/orientation"] = (Ressource.Flux, Acte.Modifier, Portee.Organisation),
        ["/flux/bilan"] = (Ressource.Flux, Acte.Lire, Portee.Organisation),
        ["/aides"] = null,
        ["/aides/import"] = (Ressource.Aides, Acte.Importer, Portee.Organisation),
        ["/aides/synonymes"] = (Ressource.Aides, Acte.Importer, Portee.Organisation),
        ["/aides/nouvelle"] = (Ressource.Aides, Acte.Creer, Portee.Organisation),
        ["/aides/indicateurs"] = (Ressource.Aides, Acte.Lire, Portee.Organisation),
        ["/financement/equilibre"] = (Ressource.ParametresFinanciers, Acte.Lire, Portee.Organisation),
        ["/financement/parametres"] = (Ressource.ParametresFinanciers, Acte.Lire, Portee.Organisation),
        ["/financement/propositions"] = (Ressource.Operations, Acte.Lire, Portee.Departement),
        ["/foncier"] = (Ressource.Foncier, Acte.Lire, Portee.Organisation),
        ["/foncier/carte"] = (Ressource.Foncier, Acte.Lire, Portee.Organisation),
        ["/foncier/parametres"] = (Ressource.Foncier, Acte.Lire, Portee.Organisation),
        ["/foncier/import"] = (Ressource.Foncier, Acte.Importer, Portee.Organisation),
        ["/foncier/sites/saisie"] = (Ressource.Foncier, Acte.Modifier, Portee.Organisation),
        ["/foncier/outils"] = (Ressource.OutilsFonciers, Acte.Lire, Portee.Organisation),
        ["/foncier/outils/saisie"] = (Ressource.OutilsFonciers, Acte.Modifier, Portee.Organisation),
        ["/foncier/outils/import"] = (Ressource.OutilsFonciers, Acte.Modifier, Portee.Organisation),
        ["/formations"] = (Ressource.Formations, Acte.Lire, Portee.Organisation),
        ["/formations/nouvelle"] = (Ressource.Formations, Acte.Instruire, Portee.Organisation),
        ["/concertations"] = (Ressource.Concertations, Acte.Lire, Portee.Organisation),
        ["/annuaire"] = null,
        ["/annuaire/indicateurs"] = (Ressource.Referents, Acte.Modifier, Portee.Departement),
        ["/communes/indicateurs"] = (Ressource.PagesCommunes, Acte.Lire, Portee.Departement),
        ["/feuille-de-route"] = (Ressource.FeuilleDeRoute, Acte.Lire, Portee.Organisation),
        ["/feuille-de-route/propositions"] = (Ressource.PropositionsNationales, Acte.Lire, Portee.Organisation),
    };

    public static TheoryData<TypeOrganisation, Role> TypesEtRoles()
    {
        var donnees = new TheoryData<TypeOrganisation, Role>();
        foreach (var type in Enum.GetValues<TypeOrganisation>())
        {
            foreach (var role in Enum.GetValues<Role>())
                donnees.Add(type, role);
        }
        return donnees;
    }

    [Fact]
    public void Chaque_page_de_AccesPages_a_sa_ligne_attendue()
    {
        Assert.Equal(Attendu.Keys.Order(), AccesPages.Chemins.Order());
    }

    [Theory]
    [MemberData(nameof(TypesEtRoles))]
    public void Chaque_page_suit_la_table_des_habilitations(TypeOrganisation type, Role role)
    {
        var acteur = new Acteur(1, type, new Perimetre(NiveauPerimetre.Departement, "30"), "30", "76", role);
        foreach (var (chemin, exigence) in Attendu)
        {
            var attendu =
                exigence is not { } e
                || (
                    role >= Habilitations.RoleMinimal(e.Ressource, e.Acte)
                    && Habilitations.PorteeDuType(type, e.Ressource, e.Acte) >= e.Minimum
                );
            Assert.True(
                AccesPages.PeutOuvrir(acteur, chemin) == attendu,
                $"{type} {role} {chemin} : attendu {attendu}"
            );
        }
    }

    [Fact]
    public void Le_public_n_ouvre_que_les_pages_publiques()
    {
        foreach (var (chemin, exigence) in Attendu)
            Assert.Equal(exigence is null, AccesPages.PeutOuvrir(null, chemin));
    }

    [Fact]
    public void Une_page_inconnue_n_est_pas_liee()
    {
        Assert.False(AccesPages.PeutOuvrir(null, "/page-inconnue"));
        Assert.True(AccesPages.PeutOuvrir(null, "/territoires?q=nimes"));
    }

    [Fact]
    public void Le_simulateur_SRU_est_annonce_aux_types_qui_lisent_le_SRU()
    {
        Assert.Equal(
            [TypeOrganisation.Ddtm, TypeOrganisation.Dreal, TypeOrganisation.Epci, TypeOrganisation.Commune],
            AccesPages.TypesAutorises(Ressource.Sru, Acte.Lire).Order()
        );
    }

    [Fact]
    public void Une_commune_n_ouvre_ni_la_revue_ni_la_page_SRU_de_son_EPCI_que_l_EPCI_ouvre()
    {
        var epci = new Cible(null, new Localisation(null, "243000643", "30", "76"));
        var commune = new Acteur(
            1,
            TypeOrganisation.Commune,
            new Perimetre(NiveauPerimetre.Commune, "30189"),
            "30",
            "76",
            Role.Agent
        );
        var ca = new Acteur(
            2,
            TypeOrganisation.Epci,
            new Perimetre(NiveauPerimetre.Epci, "243000643"),
            "30",
            "76",
            Role.Agent
        );
        Assert.False(AccesPages.LireRevue(commune, epci));
        Assert.False(AccesPages.LireSruEpci(commune, epci));
        Assert.True(AccesPages.LireRevue(ca, epci));
        Assert.True(AccesPages.LireSruEpci(ca, epci));
        Assert.False(AccesPages.LireRevue(null, epci));
    }
}
