using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Aids catalogue journey (ticket 13, Gard demo catalogue): a bailleur searches with its own words, finds the aid,
/// opens it and links it to a financing line of one of its operations.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed partial class ParcoursAidesTests(Navigateur navigateur)
{
    [Fact]
    public Task Le_bailleur_cherche_avec_ses_mots_ouvre_l_aide_et_la_rattache_a_son_operation() =>
        navigateur.ParcoursAsync(
            nameof(Le_bailleur_cherche_avec_ses_mots_ouvre_l_aide_et_la_rattache_a_son_operation),
            async page =>
            {
                await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
                await page.GotoAsync("/aides");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                    .ToHaveTextAsync("Aides au logement social");

                // Sans accent, au pluriel ou non : la recherche retrouve « surcharge foncière des PLAI ».
                await page.GetByLabel("Mots cherchés").FillAsync("surcharge fonciere PLAI");
                await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
                await Expect(page.GetByTestId("total-aides")).ToContainTextAsync("pour « surcharge fonciere PLAI »");
                var premiere = page.GetByTestId("aide").First;
                await Expect(premiere).ToContainTextAsync("surcharge foncière des PLAI");

                await premiere.GetByRole(AriaRole.Link).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/aides/demo-locale-bdt-gard-surcharge-fonciere$"));
                await Expect(page.GetByTestId("description-aide")).ToContainTextAsync("Données de démonstration");

                var liste = page.GetByLabel("Ligne du plan de financement");
                var options = liste.Locator("option:not([disabled]):not([value=''])");
                Assert.True(
                    await options.CountAsync() > 0,
                    "Le bailleur de démonstration a des lignes de financement."
                );
                var valeur = await options.First.GetAttributeAsync("value");
                await liste.SelectOptionAsync(valeur!);
                await page.GetByRole(AriaRole.Button, new() { Name = "Rattacher" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status).First)
                    .ToContainTextAsync("L'aide est rattachée à la ligne du plan de financement.");
                await Expect(page.GetByTestId("lignes-liees")).ToContainTextAsync("Déjà rattachée à");
            }
        );

    [Fact]
    public Task La_DDTM_corrige_une_aide_locale_d_un_financeur() =>
        navigateur.ParcoursAsync(nameof(La_DDTM_corrige_une_aide_locale_d_un_financeur), async page =>
        {
            await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
            await page.GotoAsync("/aides/demo-locale-bdt-gard-ingenierie");
            await page.GetByRole(AriaRole.Link, new() { Name = "Modifier", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync("Modifier l'aide locale");
            await page.GetByLabel("Contact").FillAsync("Service habitat, DDTM du Gard (démo)");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/aides/demo-locale-bdt-gard-ingenierie$"));
            await Expect(page.Locator("main")).ToContainTextAsync("Service habitat, DDTM du Gard (démo)");
            await page.GotoAsync("/aides/demo-locale-bdt-gard-ingenierie/modifier");
            await Expect(page.GetByTestId("historique-aide")).ToContainTextAsync("ddtm@demo.pilotis.fr");
        });
}
