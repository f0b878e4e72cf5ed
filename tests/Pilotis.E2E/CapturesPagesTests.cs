using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Les pages principales s'affichent pour un agent de la DDTM (titre, aucune erreur) ; une capture de chacune est
/// gardée
/// dans TestResults/captures pour la relecture visuelle et le README.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class CapturesPagesTests(Navigateur navigateur)
{
    public static TheoryData<string, string, string> Pages =>
        new()
        {
            { "accueil", "/", "Bonjour" },
            { "sru-tableau", "/sru", "Communes soumises à la loi SRU" },
            { "sru-nimes", "/sru/communes/30189", "Nîmes" },
            { "sru-simulateur", "/sru/simulateur", "Simulateur" },
            { "operations-liste", "/operations", "Opérations de logement social" },
            { "operations-fiche", "/operations/1", "30-" },
            { "operations-evolution", "/operations/1/evolution", "Évolution du dossier" },
            { "admin-organisations", "/admin/organisations", "Organisations" },
            { "admin-journal", "/admin/journal", "Journal" },
            { "lissage", "/production/lissage", "Lissage des agréments" },
            { "revues", "/revues", "Revues de projets" },
            { "rapport-cdhh", "/revues/rapport-cdhh", "rapport au comité départemental" },
            { "revues-difficultes", "/revues/difficultes", "Opérations en difficulté" },
            { "operations-dossier", "/operations/1/dossier", "Dossier de l'opération" },
            { "operations-import", "/operations/import", "Importer des opérations existantes" },
            { "programmation", "/programmation", "Programmation pluriannuelle" },
            { "programmation-objectifs", "/programmation/objectifs", "Objectifs et enveloppe" },
            { "programmation-consolidation", "/programmation/consolidation", "Programmation consolidée" },
            { "delais", "/production/delais?annee=2025", "Délais d'instruction" },
            { "liste-depot", "/production/liste-depot", "Liste de dépôt" },
            { "calendrier", "/production/calendrier", "Calendrier de dépôt" },
            {
                "eligibilite",
                "/eligibilite?personnes=3&personnesACharge=1&revenuFiscalReference=30000",
                "Suis-je éligible"
            },
            { "demandes-registre", "/demandes", "Registre des demandes" },
            { "demandes-nouvelle", "/demandes/nouvelle", "Enregistrer une demande" },
            { "demandes-echeances", "/demandes/echeances", "Échéances des demandes" },
            { "demandes-fiche", "/demandes/1", "Demande " },
            { "demandes-tableaux", "/demandes/tableaux", "Tableaux de bord de la demande" },
            { "demandes-quartiles", "/demandes/quartiles", "Seuils du premier quartile" },
            { "demandes-plafonds", "/demandes/plafonds", "Plafonds de ressources" },
            {
                "demandes-classement",
                "/demandes/classement?commune=30189&typologie=T3&produit=Plus",
                "Classement des demandes"
            },
            { "demandes-import", "/demandes/import", "Importer un extrait" },
            { "cotation", "/cotation", "Cotation de la demande" },
            { "cotation-nimes", "/cotation/243000643", "Grille de cotation" },
            { "ma-demande", "/ma-demande", "Où en est ma demande" },
            { "annuaire", "/annuaire", "Annuaire des acteurs" },
            { "annuaire-indicateurs", "/annuaire/indicateurs", "exhaustivité et relances" },
            { "commune-ales", "/communes/30007", "Le logement social à Alès" },
            { "commune-ales-integree", "/communes/30007?integre=1", "Le logement social à Alès" },
            { "communes-indicateurs", "/communes/indicateurs", "Pages publiques des communes" },
            { "formations", "/formations", "Formation des élus" },
            { "concertations", "/concertations", "Concertation des habitants" },
            { "feuille-de-route", "/feuille-de-route", "Feuille de route du logement social" },
            { "propositions-nationales", "/feuille-de-route/propositions", "Propositions nationales" },
        };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task La_page_s_affiche_pour_la_DDTM(string nom, string url, string titre) =>
        navigateur.ParcoursAsync("capture-" + nom, page =>
            CapturerAsync(page, "ddtm@demo.pilotis.fr", nom, url, titre)
        );

    /// <summary>Les pages de l'attribution, chacune vue par le compte de démonstration qui s'en sert.</summary>
    public static TheoryData<string, string, string, string> PagesAttribution() =>
        new()
        {
            { "parc", "bailleur@demo.pilotis.fr", "/logements", "Parc de logements sociaux" },
            { "a-attribuer", "bailleur@demo.pilotis.fr", "/attribution/a-attribuer", "Logements à attribuer" },
            { "orientation", "bailleur@demo.pilotis.fr", "/flux/orientation", "Orientation des logements libérés" },
            { "conventions", "bailleur@demo.pilotis.fr", "/flux/conventions", "Conventions de réservation" },
            { "bilan", "ddets@demo.pilotis.fr", "/flux/bilan", "Bilan annuel du flux" },
            { "caleol-seances", "bailleur@demo.pilotis.fr", "/caleol/seances", "Séances des commissions" },
            { "fil-maire", "maire@demo.pilotis.fr", "/attribution/communes", "Attributions à Alès" },
            { "objectifs", "epci@demo.pilotis.fr", "/attributions/objectifs", "Objectifs d'attribution" },
            { "reforme", "ddtm@demo.pilotis.fr", "/attributions/reforme", "Réforme des attributions" },
            { "gir", "epci@demo.pilotis.fr", "/attribution/gir", "Groupes inter-réservataires" },
            { "territoires", "ddtm@demo.pilotis.fr", "/territoires", "Territoires" },
            {
                "aides",
                "bailleur@demo.pilotis.fr",
                "/aides?q=surcharge%20fonciere&departement=30",
                "Aides au logement"
            },
            { "aides-indicateurs", "ddtm@demo.pilotis.fr", "/aides/indicateurs", "Indicateurs du catalogue" },
            { "aides-nouvelle", "financeur@demo.pilotis.fr", "/aides/nouvelle", "Saisir une aide locale" },
            {
                "equilibre-type",
                "bailleur@demo.pilotis.fr",
                "/financement/equilibre",
                "Équilibre d'une opération type"
            },
            { "propositions", "ddtm@demo.pilotis.fr", "/financement/propositions", "Propositions nationales" },
            { "parametres-financiers", "ddtm@demo.pilotis.fr", "/financement/parametres", "Paramètres" },
            { "foncier", "epci@demo.pilotis.fr", "/foncier", "Observatoire foncier" },
            { "foncier-carte", "epci@demo.pilotis.fr", "/foncier/carte", "Carte des sites fonciers" },
            { "foncier-outils", "maire@demo.pilotis.fr", "/foncier/outils", "Outils fonciers" },
        };

    [Theory]
    [MemberData(nameof(PagesAttribution))]
    public Task La_page_d_attribution_s_affiche_pour_son_utilisateur(
        string nom,
        string courriel,
        string url,
        string titre
    ) => navigateur.ParcoursAsync("capture-" + nom, page => CapturerAsync(page, courriel, nom, url, titre));

    /// <summary>Ouvre la page sous ce compte, vérifie qu'elle s'affiche sans erreur et en garde la capture.</summary>
    private static async Task CapturerAsync(IPage page, string courriel, string nom, string url, string titre)
    {
        await page.SeConnecterAsync(courriel);
        var reponse = await page.GotoAsync(url);
        Assert.Equal(200, reponse!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(titre);
        await Expect(page.GetByText("Une erreur inattendue")).ToHaveCountAsync(0);
        var dossier = Path.Combine(Path.GetDirectoryName(DossierResultats())!, "captures");
        Directory.CreateDirectory(dossier);
        await page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(dossier, nom + ".png"), FullPage = true }
        );
    }

    private static string DossierResultats()
    {
        var racine = new DirectoryInfo(AppContext.BaseDirectory);
        while (racine is not null && !File.Exists(Path.Combine(racine.FullName, "Pilotis.slnx")))
            racine = racine.Parent;
        return Path.Combine(racine?.FullName ?? Directory.GetCurrentDirectory(), "TestResults", "screenshots");
    }
}
