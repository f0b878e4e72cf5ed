using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Parcours de la concertation des habitants (seed 001, solution 7) : le bailleur de démonstration enregistre une
/// réunion publique sur une de ses opérations et la retrouve dans la liste des actions.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursConcertationTests(Navigateur navigateur)
{
    [Fact]
    public Task Le_bailleur_enregistre_une_concertation_et_la_voit_dans_la_liste() =>
        navigateur.ParcoursAsync(nameof(Le_bailleur_enregistre_une_concertation_et_la_voit_dans_la_liste), async page =>
        {
            var suites = $"Suites du parcours {Guid.NewGuid().ToString("N")[..8]}";
            var hier = DateOnly.FromDateTime(Francais.HeureDeParis(DateTimeOffset.UtcNow)).AddDays(-1);
            await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
            await page.GotoAsync("/operations");
            var lien = page.GetByTestId("table-operations").Locator("tbody tr a").First;
            var href = await lien.GetAttributeAsync("href");
            await page.GotoAsync($"{href}/concertation");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Concertation");
            await page.GetByLabel("Type d'action")
                .SelectOptionAsync(new SelectOptionValue { Value = "reunion_publique" });
            await page.GetByLabel("Date").FillAsync(hier.ToString("yyyy-MM-dd"));
            await page.GetByLabel("Phase du projet")
                .SelectOptionAsync(new SelectOptionValue { Value = "avant_permis" });
            await page.GetByLabel("Habitants rencontrés").FillAsync("42");
            await page.GetByLabel("Accueil du projet").SelectOptionAsync(new SelectOptionValue { Value = "reservee" });
            await page.GetByLabel("Questions soulevées").FillAsync("Stationnement.");
            await page.GetByLabel("Suites données").FillAsync(suites);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'action" }).ClickAsync();
            await Expect(page.GetByTestId("action-enregistree")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("table-actions")).ToContainTextAsync(suites);

            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.GetByRole(AriaRole.Button, new() { Name = "Information" }).ClickAsync();
            await menu.GetByRole(AriaRole.Link, new() { Name = "Concertation", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/concertations$"));
            await page.GetByLabel("Accueil").SelectOptionAsync(new SelectOptionValue { Value = "reservee" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
            var ligne = page.GetByTestId("table-concertations").Locator("tbody tr").First;
            await Expect(ligne).ToContainTextAsync("Réunion publique");
            await Expect(ligne).ToContainTextAsync("42");
            await Expect(page.GetByTestId("table-habitants")).ToBeVisibleAsync();
        });
}
