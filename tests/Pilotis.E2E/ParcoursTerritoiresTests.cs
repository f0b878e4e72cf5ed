using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>Public territory pages: search a commune by name without accents, open its page.</summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursTerritoiresTests(Navigateur navigateur)
{
    [Fact]
    public Task Chercher_nimes_sans_accent_et_ouvrir_sa_fiche() =>
        navigateur.ParcoursAsync(nameof(Chercher_nimes_sans_accent_et_ouvrir_sa_fiche), async page =>
        {
            var reponse = await page.GotoAsync("/territoires");
            Assert.Equal(200, reponse!.Status);
            var recherche = page.Locator("form input[name='q']");
            await recherche.FillAsync("nimes");
            await recherche.PressAsync("Enter");

            var lien = page.Locator("a[href='/territoires/communes/30189']").First;
            await Expect(lien).ToBeVisibleAsync();
            await lien.ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/territoires/communes/30189$"));
            await Expect(page.Locator("h1")).ToContainTextAsync("Nîmes");
        });
}
