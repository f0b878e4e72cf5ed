using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Parcours du foncier (comptes de démonstration du Gard) : l'agent de Nîmes Métropole ouvre son observatoire, fait
/// d'un site identifié une opération de la commune, voit les marqueurs de la carte ; la maire d'Alès modifie un de
/// ses outils fonciers.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursFoncierTests(Navigateur navigateur)
{
    [Fact]
    public Task L_EPCI_fait_d_un_site_une_operation_et_le_voit_sur_la_carte() =>
        navigateur.ParcoursAsync(nameof(L_EPCI_fait_d_un_site_une_operation_et_le_voit_sur_la_carte), async page =>
        {
            await page.SeConnecterAsync("epci@demo.pilotis.fr");
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.GetByRole(AriaRole.Link, new() { Name = "Foncier", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/foncier$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Observatoire foncier");
            await Expect(page.GetByTestId("indicateurs-foncier")).ToBeVisibleAsync();

            // Les sites identifiés de Nîmes : le premier devient une opération de la commune.
            await page.GetByLabel("Commune").SelectOptionAsync(new SelectOptionValue { Value = "30189" });
            await page.GetByLabel("Statut").SelectOptionAsync(new SelectOptionValue { Value = "identifie" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
            await page.GetByTestId("table-sites").Locator("tbody tr a").First.ClickAsync();
            await Expect(page.GetByTestId("statut-site")).ToHaveTextAsync("Identifié");
            var choix = page.GetByLabel("Opération réalisée sur le site");
            var premiere = await choix.Locator("option").Nth(1).GetAttributeAsync("value");
            await choix.SelectOptionAsync(new SelectOptionValue { Value = premiere! });
            await page.GetByRole(AriaRole.Button, new() { Name = "Engager une opération" }).ClickAsync();
            await Expect(page.GetByTestId("statut-site")).ToHaveTextAsync("En opération");
            await Expect(page.GetByTestId("operation-liee")).Not.ToHaveTextAsync("aucune");
            await Expect(page.GetByTestId("historique-site")).ToContainTextAsync("Identifié → En opération");

            // La carte : Leaflet sans fond de tuiles, un marqueur par site localisé.
            await page.GotoAsync("/foncier/carte?epci=243000643");
            var carte = page.Locator("#carte-foncier");
            await Expect(carte).ToHaveAttributeAsync("data-marqueurs", new Regex("^[1-9][0-9]*$"));
            await Expect(page.Locator("path.pilotis-marqueur-site").First).ToBeVisibleAsync();
            Assert.True(await page.Locator("path.pilotis-marqueur-site").CountAsync() >= 10);
            Assert.Equal(0, await page.Locator(".leaflet-tile").CountAsync());
        });

    [Fact]
    public Task La_commune_modifie_son_outil_foncier() =>
        navigateur.ParcoursAsync(nameof(La_commune_modifie_son_outil_foncier), async page =>
        {
            await page.SeConnecterAsync("maire@demo.pilotis.fr");
            await page.GotoAsync("/foncier/outils");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Outils fonciers");
            await page.GetByRole(AriaRole.Link, new() { Name = "Servitude de mixité sociale d'Alès (fictif)" })
                .ClickAsync();
            await page.GetByLabel("Part de logements sociaux (%)").FillAsync("35");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
            await Expect(page.GetByTestId("outil-enregistre")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Part de logements sociaux (%)")).ToHaveValueAsync("35");
            await Expect(page.GetByTestId("historique-outil")).ToContainTextAsync("PartLls");
        });

    [Fact]
    public Task La_commune_importe_ses_outils_fonciers_depuis_un_fichier() =>
        navigateur.ParcoursAsync(nameof(La_commune_importe_ses_outils_fonciers_depuis_un_fichier), async page =>
        {
            await page.SeConnecterAsync("maire@demo.pilotis.fr");
            await page.GotoAsync("/foncier/outils");
            await page.GetByRole(AriaRole.Link, new() { Name = "Importer des outils (CSV)" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync("Importer des outils fonciers");
            var fichier = new FilePayload
            {
                Name = "outils.csv",
                MimeType = "text/csv",
                Buffer = System.Text.Encoding.UTF8.GetBytes(
                    "type;nom;commune;date_debut;part_lls\n"
                        + "oap;OAP importée du Faubourg (fictif);30007;2025-03-01;35\n"
                        + "oap;OAP sans part (fictif);30007;2025-03-01;\n"
                ),
            };
            await page.GetByLabel("Fichier CSV").SetInputFilesAsync(fichier);
            await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
            await Expect(page.GetByTestId("erreurs-import"))
                .ToContainTextAsync("Ligne 3 : part_lls : Indiquez la part de logements sociaux de l'OAP.");

            fichier.Buffer = System.Text.Encoding.UTF8.GetBytes(
                "type;nom;commune;date_debut;part_lls\noap;OAP importée du Faubourg (fictif);30007;2025-03-01;35\n"
            );
            await page.GetByLabel("Fichier CSV").SetInputFilesAsync(fichier);
            await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
            await Expect(page.GetByTestId("bilan-import")).ToContainTextAsync("1 ajoutée(s)");
            await page.GetByRole(AriaRole.Link, new() { Name = "Voir le registre" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "OAP importée du Faubourg (fictif)" }))
                .ToBeVisibleAsync();
        });
}
