using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>A member of the public checks their eligibility without an account, first with a mistake, then
/// correctly.</summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursEligibiliteTests(Navigateur navigateur)
{
    [Fact]
    public Task Un_habitant_verifie_son_eligibilite_sans_compte() =>
        navigateur.ParcoursAsync(nameof(Un_habitant_verifie_son_eligibilite_sans_compte), async page =>
        {
            await page.GotoAsync("/");
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.OuvrirAsync("Demande");
            await menu.GetByRole(AriaRole.Link, new() { Name = "Éligibilité", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Suis-je éligible à un logement social ?");

            await page.Locator("#personnes").FillAsync("3");
            await page.Locator("#personnesACharge").FillAsync("3");
            await page.Locator("#revenuFiscalReference").FillAsync("30 000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier mon éligibilité" }).ClickAsync();
            await Expect(page.Locator(".fr-error-text")).ToContainTextAsync("personnes à charge doit être inférieur");
            // La saisie est conservée : seul le champ faux est à corriger.
            await Expect(page.Locator("#personnes")).ToHaveValueAsync("3");

            await page.Locator("#personnesACharge").FillAsync("1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier mon éligibilité" }).ClickAsync();
            var resultat = page.GetByTestId("resultat-eligibilite");
            await Expect(resultat).ToContainTextAsync("Oui, votre ménage peut demander un logement social PLUS, PLS.");
            await Expect(resultat).ToContainTextAsync("catégorie 3");
            await Expect(page.GetByTestId("plafonds")).ToBeVisibleAsync();
        });
}
