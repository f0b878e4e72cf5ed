using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Un guichet (bailleur) enregistre une demande — une erreur d'abord, corrigée sans rien ressaisir —, voit ses produits
/// éligibles avec les plafonds appliqués, la renouvelle dans son dernier mois de validité, puis la radie.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursRegistreDemandesTests(Navigateur navigateur)
{
    [Fact]
    public Task Un_guichet_enregistre_une_demande_la_renouvelle_et_la_radie() =>
        navigateur.ParcoursAsync(nameof(Un_guichet_enregistre_une_demande_la_renouvelle_et_la_radie), async page =>
        {
            var aujourdhui = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            // Déposée il y a 11 mois et 10 jours : dans son dernier mois de validité, donc renouvelable.
            var depot = aujourdhui.AddMonths(-11).AddDays(-10);
            var numero = "030E2E" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            await page.SeConnecterAsync("bailleur@demo.pilotis.fr");

            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.OuvrirAsync("Demande");
            await menu.GetByRole(AriaRole.Link, new() { Name = "Enregistrer une demande", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Enregistrer une demande");

            await page.Locator("#NumeroUnique").FillAsync(numero);
            await page.Locator("#DateDepot").FillAsync(depot.ToString("yyyy-MM-dd"));
            await page.Locator("#Membres_0__Age").FillAsync("34");
            await page.Locator("#Membres_1__Age").FillAsync("8");
            await page.Locator("label[for=Membres_1__ACharge]").ClickAsync();
            // « Ajouter une personne » ajoute la ligne sur place (JavaScript) ; laissée sans âge, elle est ignorée.
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une personne" }).ClickAsync();
            await Expect(page.Locator("#Membres_3__Age")).ToBeVisibleAsync();
            await Expect(page.Locator("#Membres_1__Age")).ToHaveValueAsync("8");
            await page.Locator("#RevenuFiscalReference").FillAsync("19 500");
            await page.Locator("#RessourcesMensuelles").FillAsync("1 650");
            await page.Locator("#Communes_0_").FillAsync("Atlantide");
            await page.Locator("#TypologiePrincipale").SelectOptionAsync("T3");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la demande" }).ClickAsync();

            await Expect(page.GetByTestId("erreur-demande"))
                .ToContainTextAsync("Commune souhaitée inconnue : « Atlantide »");
            await Expect(page.Locator("#NumeroUnique")).ToHaveValueAsync(numero); // la saisie est conservée
            await Expect(page.Locator("#Membres_1__Age")).ToHaveValueAsync("8");

            await page.Locator("#Communes_0_").FillAsync("30189");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la demande" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync($"Demande {numero}");
            await Expect(page.GetByTestId("succes-demande")).ToContainTextAsync("La demande a été enregistrée.");
            await Expect(page.GetByTestId("produits-eligibles")).ToContainTextAsync("PLAI, PLUS, PLS");
            await Expect(page.GetByTestId("table-plafonds")).ToContainTextAsync("PLAI");
            await Expect(page.GetByTestId("calculs-demande")).ToContainTextAsync("Unités de consommation : 1,3");
            await Expect(page.GetByTestId("etat-demande")).ToContainTextAsync("À renouveler avant le");
            await CaptureAsync(page, "demandes-fiche");

            await page.GetByRole(AriaRole.Button, new() { Name = "Renouveler", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("succes-demande"))
                .ToContainTextAsync($"La demande a été renouvelée le {aujourdhui:dd/MM/yyyy}.");
            await Expect(page.GetByTestId("etat-demande"))
                .ToContainTextAsync($"Valable jusqu'au {aujourdhui.AddMonths(12):dd/MM/yyyy}");
            await Expect(page.GetByTestId("refus-renouvellement")).ToContainTextAsync("elle se renouvelle à partir du");

            await page.GetByText("Radier la demande").ClickAsync();
            await page.Locator("#Motif").SelectOptionAsync("Renonciation");
            await page.GetByRole(AriaRole.Button, new() { Name = "Radier", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("succes-demande")).ToContainTextAsync("La demande a été radiée.");
            await Expect(page.GetByTestId("etat-demande"))
                .ToContainTextAsync($"Radiée le {aujourdhui:dd/MM/yyyy} pour renonciation du demandeur");
            await Expect(page.GetByTestId("refus-renouvellement"))
                .ToContainTextAsync("Seule une demande radiée pour non-renouvellement peut être réactivée.");

            // Elle apparaît radiée dans le registre.
            await page.GotoAsync($"/demandes?numero={numero}&etat=radiee");
            await Expect(page.GetByTestId("table-demandes")).ToContainTextAsync(numero);
        });

    /// <summary>Capture de relecture (TestResults/captures), comme CapturesPagesTests : la fiche n'existe qu'au fil du
    /// parcours.</summary>
    private static async Task CaptureAsync(IPage page, string nom)
    {
        var racine = new DirectoryInfo(AppContext.BaseDirectory);
        while (racine is not null && !File.Exists(Path.Combine(racine.FullName, "Pilotis.slnx")))
            racine = racine.Parent;
        var dossier = Path.Combine(racine?.FullName ?? Directory.GetCurrentDirectory(), "TestResults", "captures");
        Directory.CreateDirectory(dossier);
        await page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(dossier, nom + ".png"), FullPage = true }
        );
    }
}
