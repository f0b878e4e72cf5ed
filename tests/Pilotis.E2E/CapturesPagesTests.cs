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
        };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task La_page_s_affiche_pour_la_DDTM(string nom, string url, string titre) =>
        navigateur.ParcoursAsync("capture-" + nom, async page =>
        {
            await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
            var reponse = await page.GotoAsync(url);
            Assert.Equal(200, reponse!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(titre);
            await Expect(page.GetByText("Une erreur inattendue")).ToHaveCountAsync(0);
            var dossier = Path.Combine(Path.GetDirectoryName(DossierResultats())!, "captures");
            Directory.CreateDirectory(dossier);
            await page.ScreenshotAsync(
                new PageScreenshotOptions { Path = Path.Combine(dossier, nom + ".png"), FullPage = true }
            );
        });

    private static string DossierResultats()
    {
        var racine = new DirectoryInfo(AppContext.BaseDirectory);
        while (racine is not null && !File.Exists(Path.Combine(racine.FullName, "Pilotis.slnx")))
            racine = racine.Parent;
        return Path.Combine(racine?.FullName ?? Directory.GetCurrentDirectory(), "TestResults", "screenshots");
    }
}
