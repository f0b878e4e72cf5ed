using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Allocation journeys (Gard demo data): « une alerte d'objectif » — the EPCI agent of Nîmes Métropole opens the
/// allocation objectives dashboard from the menu, sees the « En retard » alert (the demo leases put Nîmes Métropole
/// below the 25 % out-of-QPV first-quartile objective) and opens the leases behind the late figure.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursObjectifsAttributionTests(Navigateur navigateur)
{
    private const string NimesMetropole = "243000643";

    [Fact]
    public Task Une_alerte_d_objectif() => navigateur.ParcoursAsync(nameof(Une_alerte_d_objectif), async page =>
        {
            await page.SeConnecterAsync("epci@demo.pilotis.fr");
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.OuvrirAsync("Attribution");
            await menu.GetByRole(AriaRole.Link, new() { Name = "Objectifs d'attribution" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/attributions/objectifs$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToContainTextAsync("Objectifs d'attribution");

            var alerte = page.GetByTestId("alerte-objectifs");
            await Expect(alerte).ToBeVisibleAsync();
            await Expect(alerte).ToContainTextAsync("Nîmes Métropole");

            var ligne = page.Locator($"section[data-epci='{NimesMetropole}'] tr[data-indicateur]")
                .Filter(new() { HasText = "En retard" })
                .First;
            await Expect(ligne.GetByText("En retard")).ToBeVisibleAsync();
            var fraction = ligne.Locator("[data-col=fraction]");
            var chiffres = (await fraction.InnerTextAsync()).Split('/');
            await fraction.ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/attributions/objectifs/baux\\?.*epci={NimesMetropole}"));
            await Expect(page.Locator("[data-col=numerateur]")).ToHaveTextAsync(chiffres[0].Trim());
            await Expect(page.Locator("[data-col=denominateur]")).ToHaveTextAsync(chiffres[1].Trim());
            await Expect(page.GetByTestId("table-baux").Locator("tbody tr").First).ToBeVisibleAsync();
        });
}
