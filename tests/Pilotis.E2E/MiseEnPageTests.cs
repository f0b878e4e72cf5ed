using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// What a reviewer saw cut on a 1 280 px screen (issue 11, item 14): the « Modifier le dossier » button reduced to
/// its icon, the last columns of the SRU table out of sight.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class MiseEnPageTests(Navigateur navigateur)
{
    [Fact]
    public Task Le_bouton_modifier_le_dossier_montre_tout_son_texte() =>
        navigateur.ParcoursAsync(nameof(Le_bouton_modifier_le_dossier_montre_tout_son_texte), async page =>
        {
            await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
            await page.GotoAsync("/operations");
            var fiches = new List<string>();
            foreach (var lien in await page.Locator("table a[href^='/operations/']").AllAsync())
                fiches.Add((await lien.GetAttributeAsync("href"))!);
            // La première opération que le bailleur peut encore modifier (d'autres parcours en déposent).
            var bouton = page.GetByRole(AriaRole.Link, new() { Name = "Modifier le dossier" });
            foreach (var fiche in fiches.Take(20))
            {
                await page.GotoAsync(fiche);
                if (await bouton.CountAsync() > 0)
                    break;
            }
            await Expect(bouton).ToBeVisibleAsync();
            var largeurs = await bouton.EvaluateAsync<int[]>("b => [b.clientWidth, b.scrollWidth]");
            var (visible, complet) = (largeurs[0], largeurs[1]);
            Assert.True(visible >= complet, $"texte coupé : {visible} px visibles sur {complet} px");
            Assert.True(visible > 100, $"bouton réduit à {visible} px");
        });

    [Fact]
    public Task Le_tableau_sru_tient_dans_un_ecran_de_1280_pixels() =>
        navigateur.ParcoursAsync(nameof(Le_tableau_sru_tient_dans_un_ecran_de_1280_pixels), async page =>
        {
            await page.SetViewportSizeAsync(1280, 800);
            await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
            await page.GotoAsync("/sru");
            var derniere = page.Locator("[data-testid='table-sru'] thead th").Last;
            var cadre = await derniere.BoundingBoxAsync();
            Assert.NotNull(cadre);
            var style = await derniere.EvaluateAsync<string>(
                "t => getComputedStyle(t).fontSize + ' ' + getComputedStyle(t).padding + ' '"
                    + " + document.documentElement.clientWidth + ' ' + t.closest('table').offsetWidth"
            );
            Assert.True(
                cadre.X + cadre.Width <= 1280,
                $"dernière colonne jusqu'à {cadre.X + cadre.Width} px ({style})"
            );
        });
}
