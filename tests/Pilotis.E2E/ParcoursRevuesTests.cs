using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Project reviews (seed 001, solution 1), Gard demo data: the EPCI of Nîmes Métropole flags one of its operations in
/// difficulty; the DDTM opens the review agenda, records a decision and escalates it to the préfet; the CDHH report
/// of the year counts one more escalation.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed partial class ParcoursRevuesTests(Navigateur navigateur)
{
    private const string NimesMetropole = "243000643";

    [GeneratedRegex(@"/revues/difficultes/(\d+)\?suivi=signalee$")]
    private static partial Regex UrlDifficulte();

    [Fact]
    public Task L_EPCI_signale_une_difficulte_la_DDTM_remonte_au_prefet_le_rapport_CDHH_compte_la_remontee() =>
        navigateur.ParcoursAsync(
            nameof(L_EPCI_signale_une_difficulte_la_DDTM_remonte_au_prefet_le_rapport_CDHH_compte_la_remontee),
            async page =>
            {
                var annee = DateTime.Now.Year;
                var rapport = $"/revues/rapport-cdhh?annee={annee}&departement=30";
                await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                await page.GotoAsync(rapport);
                var avant = int.Parse(
                    await page.GetByTestId("escalades").InnerTextAsync(),
                    CultureInfo.InvariantCulture
                );
                await page.Context.ClearCookiesAsync();

                // The EPCI agent flags one of its operations.
                await page.SeConnecterAsync("epci@demo.pilotis.fr");
                var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
                await menu.OuvrirAsync("Production");
                await menu.GetByRole(AriaRole.Link, new() { Name = "Revues de projets", Exact = true }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/revues$"));
                await page.GetByRole(AriaRole.Link, new() { Name = "Signaler une difficulté", Exact = true })
                    .ClickAsync();
                await page.GetByLabel("Opération", new() { Exact = true })
                    .SelectOptionAsync(new SelectOptionValue { Index = 1 });
                await page.GetByRole(AriaRole.Button, new() { Name = "Choisir" }).ClickAsync();
                var operation = (await page.GetByTestId("operation").InnerTextAsync()).Trim();
                var numero = operation.Split(" — ")[0];
                var description = $"Recours d'un riverain (E2E {Guid.NewGuid():N})";
                await page.GetByLabel("Catégorie du blocage")
                    .SelectOptionAsync(new SelectOptionValue { Label = "Permis de construire ou recours" });
                await page.GetByLabel("Description").FillAsync(description);
                await page.GetByRole(AriaRole.Button, new() { Name = "Signaler la difficulté" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Difficulté signalée");
                var id = UrlDifficulte().Match(page.Url).Groups[1].Value;
                Assert.False(string.IsNullOrEmpty(id), page.Url);
                await page.Context.ClearCookiesAsync();

                // The DDTM opens a review of Nîmes Métropole: the difficulty is on the agenda.
                await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                await page.GotoAsync($"/revues?annee={annee}&epci={NimesMetropole}");
                await page.GetByTestId("revues").GetByRole(AriaRole.Link).First.ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex(@"/revues/\d+$"));
                var fiche = page.GetByTestId("ordre-du-jour").GetByTestId($"difficulte-{id}");
                await Expect(fiche).ToContainTextAsync(description);

                await fiche
                    .GetByLabel("Décision", new() { Exact = true })
                    .FillAsync("Médiation avec le riverain avant l'audience.");
                await fiche.GetByLabel("Action", new() { Exact = true }).FillAsync("Organiser la médiation");
                await fiche.GetByLabel("Responsable", new() { Exact = true }).FillAsync("DDTM du Gard");
                await fiche
                    .GetByLabel("Échéance", new() { Exact = true })
                    .FillAsync(DateTime.Today.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                await fiche.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Décision enregistrée.");
                await Expect(fiche.GetByTestId($"suivis-{id}"))
                    .ToContainTextAsync("Médiation avec le riverain avant l'audience.");

                await fiche.GetByRole(AriaRole.Button, new() { Name = "Remonter au préfet" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Difficulté remontée au préfet.");
                await Expect(fiche.GetByTestId("escaladee")).ToBeVisibleAsync();

                // The CDHH report of the year counts it.
                await page.GotoAsync(rapport);
                await Expect(page.GetByTestId("escalades"))
                    .ToHaveTextAsync((avant + 1).ToString(CultureInfo.InvariantCulture));
                await Expect(page.GetByTestId("remontees")).ToContainTextAsync(numero);
            }
        );
}
