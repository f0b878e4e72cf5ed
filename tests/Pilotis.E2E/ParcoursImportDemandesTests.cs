using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.Data.Demande;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// The DDTM administrator imports an extract of the national demand register: a file with a bad line is refused with
/// the line number and nothing is written; once corrected it is imported, and importing it again changes nothing.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursImportDemandesTests(Navigateur navigateur)
{
    [Fact]
    public Task La_DDTM_importe_un_extrait_du_registre_corrige_puis_le_reimporte_sans_effet() =>
        navigateur.ParcoursAsync(
            nameof(La_DDTM_importe_un_extrait_du_registre_corrige_puis_le_reimporte_sans_effet),
            async page =>
            {
                var n = "E2E" + Guid.NewGuid().ToString("N")[..10];
                string Fichier(string communeLigne3) =>
                    FormatDemandes.Entete
                    + "\n"
                    + $"{n}-1;30;2025-04-02;;active;;;;demandeur|enfant;34|7;;non|oui;non;16500;1450;parc-prive;"
                    + "loyer-trop-cher;30189;;30189|30156;t3;t2|t3;non;non;\n"
                    + $"{n}-2;30;2025-06-11;;active;;;;demandeur;66;oui;non;non;12000;1100;heberge;heberge|handicap;"
                    + $"30007;;{communeLigne3};t2;t2;non;non;a\n";
                var faux = Path.Combine(Path.GetTempPath(), $"demandes-e2e-{Guid.NewGuid():N}.csv");
                var bon = Path.Combine(Path.GetTempPath(), $"demandes-e2e-{Guid.NewGuid():N}.csv");
                await File.WriteAllTextAsync(faux, Fichier("99999"), new UTF8Encoding(false));
                await File.WriteAllTextAsync(bon, Fichier("30007"), new UTF8Encoding(false));
                try
                {
                    await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                    var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
                    await menu.OuvrirAsync("Demande");
                    await menu.GetByRole(AriaRole.Link, new() { Name = "Importer un extrait du SNE" }).ClickAsync();
                    await Expect(page).ToHaveURLAsync(new Regex("/demandes/import$"));
                    await Expect(page.Locator("h1")).ToHaveTextAsync("Importer un extrait du registre des demandes");

                    await page.GetByLabel("Fichier CSV").SetInputFilesAsync(faux);
                    await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
                    var erreurs = page.GetByTestId("erreurs-import");
                    await Expect(erreurs.GetByRole(AriaRole.Heading))
                        .ToHaveTextAsync("Rien n'a été importé : 1 ligne(s) en erreur");
                    await Expect(erreurs.GetByRole(AriaRole.Listitem))
                        .ToHaveTextAsync("Ligne 3 : Commune souhaitée inconnue : « 99999 » (code INSEE attendu).");
                    await Expect(page.GetByTestId("bilan-import")).ToHaveCountAsync(0);

                    await page.GetByLabel("Fichier CSV").SetInputFilesAsync(bon);
                    await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
                    await Expect(page.GetByTestId("bilan-import"))
                        .ToContainTextAsync("2 demande(s) lue(s) : 2 ajoutée(s), 0 modifiée(s), 0 inchangée(s).");

                    await page.GetByLabel("Fichier CSV").SetInputFilesAsync(bon);
                    await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
                    await Expect(page.GetByTestId("bilan-import"))
                        .ToContainTextAsync("2 demande(s) lue(s) : 0 ajoutée(s), 0 modifiée(s), 2 inchangée(s).");
                }
                finally
                {
                    File.Delete(faux);
                    File.Delete(bon);
                }
            }
        );
}
