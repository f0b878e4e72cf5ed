using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Production journey (Gard demo accounts): the bailleur creates an operation with two lots and a financing plan whose
/// balance is shown live, finalises and deposits it; the DDTM finds it in its list and takes it into instruction.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursOperationsTests(Navigateur navigateur)
{
    [Fact]
    public Task Le_bailleur_saisit_et_depose_une_operation_equilibree_puis_la_DDTM_la_prend_en_instruction() =>
        navigateur.ParcoursAsync(
            nameof(Le_bailleur_saisit_et_depose_une_operation_equilibree_puis_la_DDTM_la_prend_en_instruction),
            async page =>
            {
                var nom = $"Résidence Les Micocouliers E2E {Guid.NewGuid().ToString("N")[..6]}";
                await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
                var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
                await menu.OuvrirAsync("Production");
                await menu.GetByRole(AriaRole.Link, new() { Name = "Opérations", Exact = true }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/operations$"));
                await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle opération" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                    .ToHaveTextAsync("Nouvelle opération");

                await SaisirLOperationEtSesLotsAsync(page, nom);
                await EquilibrerLePlanDeFinancementAsync(page);
                await EnregistrerFinaliserEtDeposerAsync(page, nom);
                await LaDdtmLaPrendEnInstructionAsync(page, nom);
            }
        );

    /// <summary>
    /// Identity, two lots (PLAI 2 units and PLUS 4 units, the surface utile computed as one types) and the costs,
    /// whose total is shown live.
    /// </summary>
    private static async Task SaisirLOperationEtSesLotsAsync(IPage page, string nom)
    {
        await page.GetByLabel("Nom de l'opération").FillAsync(nom);
        await page.GetByLabel("Commune (code INSEE)").FillAsync("30189");
        await page.GetByLabel("Adresse", new() { Exact = true }).FillAsync("14 chemin du Mas de Vignoles");
        await page.GetByLabel("Nature de l'opération")
            .SelectOptionAsync(new SelectOptionValue { Label = "Construction neuve" });
        // Two lots: PLAI 2 units and PLUS 4 units; the surface utile is computed as one types.
        await page.GetByLabel("Logements PLAI", new() { Exact = true }).FillAsync("2");
        await page.GetByLabel("Surface habitable PLAI", new() { Exact = true }).FillAsync("130");
        await page.GetByLabel("Surfaces annexes PLAI", new() { Exact = true }).FillAsync("10");
        await page.GetByLabel("Loyer au m² SU PLAI", new() { Exact = true }).FillAsync("5,90");
        await Expect(page.GetByTestId("su-PLAI")).ToHaveTextAsync("135");
        await page.GetByLabel("Logements PLUS", new() { Exact = true }).FillAsync("4");
        await page.GetByLabel("T2 PLUS", new() { Exact = true }).FillAsync("2");
        await page.GetByLabel("T3 PLUS", new() { Exact = true }).FillAsync("2");
        await page.GetByLabel("Surface habitable PLUS", new() { Exact = true }).FillAsync("270,5");
        await page.GetByLabel("Loyer au m² SU PLUS", new() { Exact = true }).FillAsync("6.4");
        await page.GetByLabel("Charge foncière").FillAsync("100 000");
        await page.GetByLabel("Bâtiment").FillAsync("520000");
        await page.GetByLabel("Honoraires").FillAsync("50000");
        await page.GetByLabel("VRD").FillAsync("30000");
        await Expect(page.GetByTestId("total-cout")).ToHaveTextAsync(new Regex(@"^700[\s\u202f\u00a0]000,00 €$"));
    }

    /// <summary>
    /// Three financing lines, the balance shown live until it is balanced; more rows than the eight offered without
    /// JavaScript.
    /// </summary>
    private static async Task EquilibrerLePlanDeFinancementAsync(IPage page)
    {
        var etat = page.GetByTestId("etat-equilibre");
        await page.GetByLabel("Type de financement, ligne 1")
            .SelectOptionAsync(new SelectOptionValue { Label = "Subvention de l'État" });
        await page.GetByLabel("Montant, ligne 1", new() { Exact = true }).FillAsync("70000");
        await Expect(etat).ToHaveTextAsync("Plan de financement non équilibré");
        await page.GetByLabel("Type de financement, ligne 2")
            .SelectOptionAsync(new SelectOptionValue { Label = "Prêt CDC PLUS" });
        await page.GetByLabel("Financeur, ligne 2").FillAsync("Banque des Territoires");
        await page.GetByLabel("Montant, ligne 2", new() { Exact = true }).FillAsync("530000");
        await Expect(page.Locator("#eq-ecart")).ToHaveTextAsync(new Regex(@"^-100[\s\u202f\u00a0]000,00 €$"));
        await page.GetByLabel("Type de financement, ligne 3")
            .SelectOptionAsync(new SelectOptionValue { Label = "Fonds propres du bailleur" });
        await page.GetByLabel("Montant, ligne 3", new() { Exact = true }).FillAsync("100000");
        await Expect(etat).ToHaveTextAsync("Plan de financement équilibré");
        await Expect(etat).ToHaveClassAsync(new Regex("fr-badge--success"));

        // More rows than the eight offered without JavaScript.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une ligne" }).ClickAsync();
        await Expect(page.GetByLabel("Montant, ligne 9", new() { Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Saved as a balanced draft of 6 units, finalised, then deposited: no more edits.</summary>
    private static async Task EnregistrerFinaliserEtDeposerAsync(IPage page, string nom)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Capture("operations-saisie"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/operations/\d+\?enregistree=1$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(nom);
        await Expect(page.GetByTestId("statut")).ToHaveTextAsync("Brouillon créé");
        await Expect(page.GetByTestId("equilibre")).ToHaveTextAsync("Plan de financement équilibré");
        await Expect(page.GetByTestId("logements")).ToHaveTextAsync("6");

        await page.GetByRole(AriaRole.Button, new() { Name = "Finaliser le brouillon" }).ClickAsync();
        await Expect(page.GetByTestId("statut")).ToHaveTextAsync("Brouillon à transmettre");
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le dossier auprès de l'instructeur" })
            .ClickAsync();
        await Expect(page.GetByTestId("statut")).ToHaveTextAsync("Transmise à l'instructeur");
        await Expect(page.GetByTestId("frise"))
            .ToContainTextAsync(
                "Déposer le dossier auprès de l'instructeur : Brouillon à transmettre → Transmise à l'instructeur"
            );
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Modifier le dossier" })).ToHaveCountAsync(0);
    }

    /// <summary>The DDTM finds the operation in its list and takes it into instruction.</summary>
    private static async Task LaDdtmLaPrendEnInstructionAsync(IPage page, string nom)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
        await page.GotoAsync("/operations");
        await page.GetByLabel("Nom ou numéro").FillAsync(nom);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        var lignes = page.GetByTestId("table-operations").Locator("tbody tr");
        await Expect(lignes).ToHaveCountAsync(1);
        await Expect(lignes.First).ToContainTextAsync("Garrigues Habitat");
        await lignes.First.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.GetByTestId("statut")).ToHaveTextAsync("Transmise à l'instructeur");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Modifier le dossier" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Prendre le dossier en instruction" }).ClickAsync();
        await Expect(page.GetByTestId("transition-faite")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("statut")).ToHaveTextAsync("Complétude : instructeur");
        await Expect(page.GetByTestId("statut-code")).ToHaveTextAsync("PROGRAMMEE_COMPLETUDE_INSTRUCTEUR");
        await Expect(page.GetByTestId("frise")).ToContainTextAsync("Prendre le dossier en instruction");
    }

    /// <summary>
    /// TestResults/captures/&lt;nom&gt;.png, kept for visual review (as <see cref="CapturesPagesTests"/> does).
    /// </summary>
    private static string Capture(string nom)
    {
        var racine = new DirectoryInfo(AppContext.BaseDirectory);
        while (racine is not null && !File.Exists(Path.Combine(racine.FullName, "Pilotis.slnx")))
            racine = racine.Parent;
        var dossier = Path.Combine(racine?.FullName ?? Directory.GetCurrentDirectory(), "TestResults", "captures");
        Directory.CreateDirectory(dossier);
        return Path.Combine(dossier, nom + ".png");
    }
}
