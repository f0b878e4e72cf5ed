using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.Data.Attribution;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Le bailleur de démonstration importe un petit fichier de son parc par le menu Attribution, retrouve un de ses
/// logements dans la liste et ouvre sa fiche (ticket 12, stock).
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursParcTests(Navigateur navigateur)
{
    [Fact]
    public Task Le_bailleur_importe_son_parc_puis_ouvre_la_fiche_d_un_logement() =>
        navigateur.ParcoursAsync(nameof(Le_bailleur_importe_son_parc_puis_ouvre_la_fiche_d_un_logement), async page =>
        {
            var n = "E2E" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
            var fichier = Path.Combine(Path.GetTempPath(), $"logements-e2e-{n}.csv");
            await File.WriteAllTextAsync(
                fichier,
                FormatLogements.Entete
                    + "\n"
                    + $"{n}1;900000019;30189;12 rue des Micocouliers;O;T3;64,5;PLUS;1998;387,00;C;OCCUPE\n"
                    + $"{n}2;900000019;30007;3 impasse des Cigales;N;T2;47;PLAI;2015;250,00;;VACANT\n",
                new UTF8Encoding(false)
            );
            try
            {
                await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
                var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
                await menu.OuvrirAsync("Attribution");
                await menu.GetByRole(AriaRole.Link, new() { Name = "Importer le parc (RPLS)" }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/logements/importer$"));

                await page.GetByLabel("Fichier CSV").SetInputFilesAsync(fichier);
                await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
                await Expect(page.GetByTestId("bilan-import"))
                    .ToContainTextAsync("2 logement(s) lu(s) : 2 ajouté(s), 0 modifié(s), 0 inchangé(s).");

                await page.GetByRole(AriaRole.Link, new() { Name = "Voir le parc" }).ClickAsync();
                await page.GetByLabel("Identifiant ou adresse").FillAsync(n);
                await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer", Exact = true }).ClickAsync();
                await Expect(page.GetByTestId("total-logements")).ToHaveTextAsync("2");
                await page.GetByRole(AriaRole.Link, new() { Name = $"{n}2", Exact = true }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/logements/\\d+$"));
                await Expect(page.Locator("h1")).ToHaveTextAsync($"Logement {n}2");
                await Expect(page.GetByTestId("occupation")).ToHaveTextAsync("Vacant");
                await Expect(page.GetByTestId("historique-vide")).ToBeVisibleAsync();
            }
            finally
            {
                File.Delete(fichier);
            }
        });
}
