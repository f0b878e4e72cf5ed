using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Équilibre d'opération et propositions nationales (ticket 13, point 2) sur les données de démonstration du Gard :
/// la DDTM ouvre les propositions sur le portefeuille programmé et la liste derrière un compte ; un bailleur ouvre
/// l'équilibre d'une de ses opérations depuis sa fiche et compare les scénarios.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursEquilibreTests(Navigateur navigateur)
{
    [Fact]
    public Task La_DDTM_compare_les_propositions_nationales_sur_le_portefeuille_du_Gard() =>
        navigateur.ParcoursAsync(
            nameof(La_DDTM_compare_les_propositions_nationales_sur_le_portefeuille_du_Gard),
            async page =>
            {
                await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
                await menu.OuvrirAsync("Production");
                await menu.GetByRole(AriaRole.Link, new() { Name = "Propositions nationales", Exact = true })
                    .ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/financement/propositions$"));
                var synthese = page.GetByTestId("synthese-propositions");
                await Expect(synthese.Locator("tbody tr")).ToHaveCountAsync(7);
                await Expect(synthese).ToContainTextAsync("Loi actuelle");
                await Expect(synthese).ToContainTextAsync("TVA à 5,5 % pour le PLUS");
                await Expect(synthese).ToContainTextAsync("Loyers plafonds au zonage ABC");
                await Expect(page.GetByTestId("liste-propositions")).ToBeVisibleAsync();

                // La liste derrière le compte « équilibrées » de toutes les propositions.
                await synthese.Locator("tr[data-scenario='ensemble'] td").Nth(1).GetByRole(AriaRole.Link).ClickAsync();
                await Expect(page.GetByTestId("titre-liste"))
                    .ToContainTextAsync("Équilibrées — Toutes les propositions");
                await Expect(page).ToHaveURLAsync(new Regex("scenario=ensemble"));
            }
        );

    [Fact]
    public Task Le_bailleur_ouvre_l_equilibre_de_son_operation_et_compare_les_scenarios() =>
        navigateur.ParcoursAsync(
            nameof(Le_bailleur_ouvre_l_equilibre_de_son_operation_et_compare_les_scenarios),
            async page =>
            {
                await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
                await page.GotoAsync("/operations");
                var lignes = page.GetByTestId("table-operations").Locator("tbody tr");
                await lignes.First.GetByRole(AriaRole.Link).First.ClickAsync();
                await page.GetByTestId("lien-equilibre").ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/operations/\\d+/equilibre$"));
                var comparaison = page.GetByTestId("comparaison-scenarios");
                await Expect(comparaison.Locator("thead th")).ToHaveCountAsync(8);
                await Expect(comparaison).ToContainTextAsync("Fonds propres requis par logement");
                await Expect(comparaison).ToContainTextAsync("Sans coût de garantie d'emprunt");
                await page.Locator("select#scenario").SelectOptionAsync(new SelectOptionValue { Value = "ensemble" });
                await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
                await Expect(page.GetByTestId("flux-annuels")).ToContainTextAsync("Toutes les propositions");
                await Expect(page.GetByTestId("flux-annuels").Locator("tbody tr")).ToHaveCountAsync(60);
            }
        );
}
