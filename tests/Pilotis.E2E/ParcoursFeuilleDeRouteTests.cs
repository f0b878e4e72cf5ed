using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Parcours de la feuille de route (compte de démonstration de la DDTM du Gard) : la DDTM fixe une cible, lit le
/// tableau de bord, descend d'un chiffre vers les lignes qui le font, puis ouvre la version imprimable pour le CDHH.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursFeuilleDeRouteTests(Navigateur navigateur)
{
    [Fact]
    public Task La_DDTM_fixe_une_cible_lit_le_tableau_descend_et_imprime() =>
        navigateur.ParcoursAsync(nameof(La_DDTM_fixe_une_cible_lit_le_tableau_descend_et_imprime), async page =>
        {
            await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
            await page.GotoAsync("/feuille-de-route?annee=2026&departement=30");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToContainTextAsync("Feuille de route du logement social 2026");
            await Expect(page.Locator("[data-testid^=solution-]")).ToHaveCountAsync(11);

            // La cible des logements potentiels.
            await page.GetByTestId("fixer-S5-LOGEMENTS-POTENTIELS").ClickAsync();
            await page.GetByLabel("Cible pour 2026").FillAsync("950");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la cible" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/feuille-de-route\\?annee=2026"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("950");
            await Expect(page.GetByTestId("cible-S5-LOGEMENTS-POTENTIELS")).ToContainTextAsync("950");
            await Expect(page.GetByTestId("avancement-S5-LOGEMENTS-POTENTIELS")).ToContainTextAsync("%");

            // Le chiffre mène aux sites de l'observatoire.
            await page.GetByTestId("valeur-S5-LOGEMENTS-POTENTIELS-2026").GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/foncier$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Observatoire foncier");

            // La version imprimable : le rapport au CDHH avec la feuille de route.
            await page.GoBackAsync();
            await page.GetByTestId("imprimer").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/revues/rapport-cdhh"));
            await Expect(page.GetByTestId("section-feuille-de-route")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("section-feuille-de-route").GetByTestId("cible-S5-LOGEMENTS-POTENTIELS"))
                .ToContainTextAsync("950");
        });
}
