using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pilotis.Data;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// SRU module journeys (Gard demo data): the DDTM's département table and a commune page with its trajectory chart,
/// a commune declaring a deductible expense with its receipt (and refused on another commune), the DDTM importing an
/// inventory file with one bad line.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed partial class ParcoursSruTests(Navigateur navigateur)
{
    private const string Nimes = "30189";
    private const string Ales = "30007";

    [Fact]
    public Task La_DDTM_consulte_le_tableau_du_Gard_le_trie_et_ouvre_la_fiche_de_Nimes() =>
        navigateur.ParcoursAsync(
            nameof(La_DDTM_consulte_le_tableau_du_Gard_le_trie_et_ouvre_la_fiche_de_Nimes),
            async page =>
            {
                await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" })
                    .GetByRole(AriaRole.Link, new() { Name = "SRU", Exact = true })
                    .ClickAsync();

                await Expect(page).ToHaveURLAsync(new Regex("/sru$"));
                var titre = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
                await Expect(titre).ToContainTextAsync("Communes soumises à la loi SRU — Gard (30)");
                var annee = AnneeDuTitre().Match(await titre.InnerTextAsync()).Groups[1].Value;

                var tableau = page.GetByTestId("table-sru");
                var lignes = tableau.Locator("tbody tr");
                Assert.True(
                    await lignes.CountAsync() > 1,
                    "Le Gard compte plusieurs communes soumises de démonstration."
                );
                var nimes = LigneCommune(tableau, "Nîmes");
                await Expect(nimes).ToHaveCountAsync(1);
                await Expect(nimes.Locator("[data-col=taux]"))
                    .ToHaveTextAsync(new Regex(@"^\s*\d+,\d{2} % / 25 %\s*$"));
                await Expect(nimes.Locator("[data-col=manquants]"))
                    .ToHaveTextAsync(new Regex(@"^\s*\d[\d\s\u202f\u00a0]*\s*$"));
                var tauxNimes = (await nimes.Locator("[data-col=taux]").InnerTextAsync()).Split('/')[0].Trim();
                var manquantsNimes = (await nimes.Locator("[data-col=manquants]").InnerTextAsync()).Trim();

                // Sort by number of main residences: first click ascending, second descending (Nîmes, the largest,
                // first).
                // (Chromium reads the visually hidden « , trier » as a separate text run, hence the optional space.)
                var entete = tableau.GetByRole(
                    AriaRole.Columnheader,
                    new() { NameRegex = new Regex(@"^Résidences principales\s*, trier$") }
                );
                await entete.GetByRole(AriaRole.Link).ClickAsync();
                await Expect(entete).ToHaveAttributeAsync("aria-sort", "ascending");
                Assert.Equal(Trie(await ValeursAsync(lignes, "rp")), await ValeursAsync(lignes, "rp"));
                await entete.GetByRole(AriaRole.Link).ClickAsync();
                await Expect(entete).ToHaveAttributeAsync("aria-sort", "descending");
                await Expect(page).ToHaveURLAsync(new Regex("tri=-rp"));
                var decroissant = await ValeursAsync(lignes, "rp");
                Assert.Equal(Trie(decroissant).AsEnumerable().Reverse(), decroissant);
                await Expect(lignes.First).ToHaveAttributeAsync("data-code", Nimes);

                await LigneCommune(tableau, "Nîmes")
                    .GetByRole(AriaRole.Link, new() { Name = "Nîmes", Exact = true })
                    .ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex($"/sru/communes/{Nimes}$"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                    .ToContainTextAsync("Loi SRU — Nîmes");
                await Expect(page.GetByTestId("taux")).ToHaveTextAsync(tauxNimes);
                await Expect(page.GetByTestId("manquants")).ToHaveTextAsync(manquantsNimes);

                // The trajectory chart is drawn by Chart.js on its canvas, and the same figures are in the table below
                // it.
                var graphique = page.GetByRole(
                    AriaRole.Img,
                    new() { Name = "Taux de logements sociaux par année comparé au taux cible" }
                );
                await Expect(graphique).ToBeVisibleAsync();
                Assert.True(
                    await graphique.EvaluateAsync<bool>(
                        "c => typeof Chart !== 'undefined' && Chart.getChart(c) !== undefined"
                    ),
                    "Le graphique de trajectoire n'a pas été dessiné par Chart.js."
                );
                var trajectoire = page.GetByTestId("table-trajectoire");
                await Expect(trajectoire.Locator("tbody tr")).ToHaveCountAsync(7); // inventaires 2020 à 2026
                var ligneAnnee = trajectoire
                    .GetByRole(AriaRole.Row)
                    .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = annee, Exact = true }) });
                await Expect(ligneAnnee.GetByRole(AriaRole.Cell).First).ToHaveTextAsync(tauxNimes);
            }
        );

    [Fact]
    public Task La_commune_de_Nimes_declare_une_depense_avec_son_justificatif_et_ne_voit_pas_Ales() =>
        navigateur.ParcoursAsync(
            nameof(La_commune_de_Nimes_declare_une_depense_avec_son_justificatif_et_ne_voit_pas_Ales),
            async page =>
            {
                var pdf = Path.Combine(Path.GetTempPath(), $"deliberation-e2e-{Guid.NewGuid():N}.pdf");
                await File.WriteAllBytesAsync(
                    pdf,
                    Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                );
                try
                {
                    await page.SeConnecterAsync("commune@demo.pilotis.fr");
                    await page.GotoAsync("/sru");
                    var tableau = page.GetByTestId("table-sru");
                    await Expect(page.GetByTestId("nombre-communes-sru")).ToContainTextAsync("1 commune");
                    await Expect(tableau.Locator("tbody tr")).ToHaveCountAsync(1);
                    await Expect(tableau.Locator("tbody tr").First).ToHaveAttributeAsync("data-code", Nimes);
                    await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Importer l'inventaire (CSV)" }))
                        .ToHaveCountAsync(0);

                    await tableau.GetByRole(AriaRole.Link, new() { Name = "Nîmes", Exact = true }).ClickAsync();
                    await page.GetByRole(AriaRole.Link, new() { Name = "Déclarer une dépense" }).ClickAsync();
                    await Expect(page).ToHaveURLAsync(new Regex($"/sru/communes/{Nimes}/depenses/declarer$"));

                    var libelle =
                        "Surcharge foncière résidence Les Arènes, délibération E2E "
                        + Guid.NewGuid().ToString("N")[..6];
                    await page.GetByLabel("Nature")
                        .SelectOptionAsync(new SelectOptionValue { Label = "Subvention foncière à un bailleur" });
                    await page.GetByLabel("Libellé").FillAsync(libelle);
                    await page.GetByLabel("Montant en euros").FillAsync("18 500");
                    await page.GetByLabel("Justificatif").SetInputFilesAsync(pdf);
                    await page.GetByRole(AriaRole.Button, new() { Name = "Déclarer la dépense" }).ClickAsync();

                    await Expect(page).ToHaveURLAsync(new Regex($"/sru/communes/{Nimes}\\?depense=declaree"));
                    await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Dépense déclarée" }))
                        .ToBeVisibleAsync();
                    var depense = page.GetByTestId("depenses")
                        .GetByRole(AriaRole.Row)
                        .Filter(new() { HasText = libelle });
                    await Expect(depense).ToHaveCountAsync(1);
                    await Expect(depense).ToContainTextAsync("Déclarée");
                    await Expect(depense).ToContainTextAsync("Subvention foncière à un bailleur");
                    await Expect(depense).ToContainTextAsync(new Regex(@"18\s500\s€"));
                    await Expect(depense.GetByRole(AriaRole.Link, new() { Name = Path.GetFileName(pdf) }))
                        .ToBeVisibleAsync();

                    var reponse = await page.GotoAsync($"/sru/communes/{Ales}");
                    Assert.Equal(403, reponse!.Status);
                    await Expect(page.GetByTestId("acces-refuse")).ToBeVisibleAsync();
                    await Expect(page.GetByText("Loi SRU — Alès")).ToHaveCountAsync(0);
                }
                finally
                {
                    File.Delete(pdf);
                }
            }
        );

    [Fact]
    public Task La_DDTM_importe_un_inventaire_avec_une_ligne_fausse_et_rien_n_est_importe() =>
        navigateur.ParcoursAsync(
            nameof(La_DDTM_importe_un_inventaire_avec_une_ligne_fausse_et_rien_n_est_importe),
            async page =>
            {
                const int annee = 2031; // no demo inventory that year
                var csv = Path.Combine(Path.GetTempPath(), $"inventaire-e2e-{Guid.NewGuid():N}.csv");
                await File.WriteAllTextAsync(
                    csv,
                    "code_commune;annee;residences_principales;plai;plus;pls;places_foyer;psla_brs;autres;soumise;"
                        + "taux_cible;potentiel_fiscal_par_habitant;depenses_reelles_fonctionnement;couverte_plh\n"
                        + $"{Nimes};{annee};70000;3000;6000;1500;90;100;0;oui;0.25;1012,40;190000000;oui\n"
                        +
                        // Line 3: more social housing (800 + 300) than main residences (1 000).
                        $"{Ales};{annee};1000;800;300;0;0;0;0;oui;0.25;945,20;50180944;oui\n",
                    new UTF8Encoding(false)
                );
                try
                {
                    await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                    await page.GotoAsync("/sru");
                    await page.GetByRole(AriaRole.Link, new() { Name = "Importer l'inventaire (CSV)" }).ClickAsync();
                    await Expect(page).ToHaveURLAsync(new Regex("/sru/inventaire/import$"));

                    await page.GetByLabel("Fichier CSV").SetInputFilesAsync(csv);
                    await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();

                    var erreurs = page.GetByTestId("erreurs-import");
                    await Expect(erreurs).ToBeVisibleAsync();
                    await Expect(erreurs.GetByRole(AriaRole.Heading))
                        .ToHaveTextAsync("Rien n'a été importé : 1 erreur(s)");
                    await Expect(erreurs.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
                    await Expect(erreurs.GetByRole(AriaRole.Listitem))
                        .ToContainTextAsync(
                            new Regex(
                                @"^Ligne 3 : .*Le nombre de logements sociaux décomptés \(1\s100\) "
                                    + @"ne peut pas dépasser le nombre de résidences principales \(1\s000\)"
                            )
                        );
                    await Expect(page.GetByTestId("bilan-import")).ToHaveCountAsync(0);

                    // The valid line 2 was not written either: Nîmes has no inventory for that year.
                    Assert.Equal(0, await InventairesAsync(annee));
                    await page.GotoAsync($"/sru/communes/{Nimes}");
                    await Expect(
                            page.GetByTestId("historique-inventaire")
                                .GetByRole(AriaRole.Rowheader, new() { Name = annee.ToString(), Exact = true })
                        )
                        .ToHaveCountAsync(0);
                }
                finally
                {
                    File.Delete(csv);
                }
            }
        );

    private static ILocator LigneCommune(ILocator tableau, string nom) =>
        tableau
            .Locator("tbody tr")
            .Filter(new() { Has = tableau.Page.GetByRole(AriaRole.Link, new() { Name = nom, Exact = true }) });

    private static async Task<List<long>> ValeursAsync(ILocator lignes, string colonne) =>
        (await lignes.Locator($"[data-col={colonne}]").AllInnerTextsAsync())
            .Select(t =>
                long.Parse(
                    new string(t.Where(char.IsAsciiDigit).ToArray()),
                    System.Globalization.CultureInfo.InvariantCulture
                )
            )
            .ToList();

    private static List<long> Trie(List<long> valeurs) => valeurs.Order().ToList();

    private async Task<int> InventairesAsync(int annee)
    {
        await using var scope = navigateur.Application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        return await db.InventairesSru.CountAsync(i => i.Annee == annee);
    }

    [GeneratedRegex(@", (\d{4})\s*$")]
    private static partial Regex AnneeDuTitre();
}
