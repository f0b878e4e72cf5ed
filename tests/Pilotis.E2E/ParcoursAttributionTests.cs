using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Attribution, sur la démonstration du Gard : le bailleur désigne trois candidats pour un logement libéré qu'il garde
/// (logement non réservé) ; le maire d'Alès lit le fil des attributions de sa commune.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursAttributionTests(Navigateur navigateur)
{
    [Fact]
    public Task Le_bailleur_designe_trois_candidats_pour_un_logement_libere() =>
        navigateur.ParcoursAsync(nameof(Le_bailleur_designe_trois_candidats_pour_un_logement_libere), async page =>
        {
            await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.OuvrirAsync("Attribution");
            await menu.GetByRole(AriaRole.Link, new() { Name = "Logements à attribuer" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/attribution/a-attribuer$"));
            await page.GetByLabel("Étape")
                .SelectOptionAsync(new SelectOptionValue { Label = "Orienté vers un réservataire" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
            var liens = await page.GetByTestId("table-a-attribuer").GetByRole(AriaRole.Link).AllAsync();
            var adresses = new List<string>();
            foreach (var lien in liens)
                adresses.Add((await lien.GetAttributeAsync("href"))!);
            Assert.NotEmpty(adresses);
            // Le premier logement orienté dont le registre offre au moins trois candidats.
            foreach (var adresse in adresses)
            {
                await page.GotoAsync(adresse);
                if (await page.GetByTestId("table-candidats").GetByRole(AriaRole.Checkbox).CountAsync() >= 3)
                    break;
            }
            var cases = page.GetByTestId("table-candidats").GetByRole(AriaRole.Checkbox);
            Assert.True(await cases.CountAsync() >= 3, "aucun logement orienté n'a trois candidats : " + page.Url);
            for (var i = 0; i < 3; i++)
                await cases.Nth(i).CheckAsync(new() { Force = true });
            await page.GetByRole(AriaRole.Button, new() { Name = "Désigner les candidats cochés" }).ClickAsync();
            await Expect(page.GetByTestId("designation-enregistree")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("etape")).ToHaveTextAsync("Candidats désignés");
            await Expect(page.GetByTestId("table-designes").Locator("tbody tr")).ToHaveCountAsync(3);
        });

    [Fact]
    public Task Le_maire_lit_le_fil_des_attributions_de_sa_commune() =>
        navigateur.ParcoursAsync(nameof(Le_maire_lit_le_fil_des_attributions_de_sa_commune), async page =>
        {
            await page.SeConnecterAsync("maire@demo.pilotis.fr");
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.OuvrirAsync("Attribution");
            await menu.GetByRole(AriaRole.Link, new() { Name = "Attributions dans la commune" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/attribution/communes$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Attributions à Alès");
            await Expect(page.GetByTestId("table-logements-commune").Locator("tbody tr").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("indicateurs-maire")).ToContainTextAsync("Participation du maire");
            // La démonstration a une année de séances passées qui examinaient des logements d'Alès.
            await Expect(page.GetByTestId("indicateurs-maire")).ToContainTextAsync(new Regex(@"\(\d+ sur [1-9]\d*\)"));
        });
}
