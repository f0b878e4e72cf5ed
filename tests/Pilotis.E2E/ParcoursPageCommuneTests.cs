using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Public commune page journeys (seed 001, solution 8, Gard demo): a resident reads Alès's page and its embedded
/// version inside another site's iframe; the commune (maire@) writes its text, chooses its blocks and publishes.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursPageCommuneTests(Navigateur navigateur)
{
    [Fact]
    public Task Un_habitant_lit_la_page_d_Ales_et_sa_version_integree() =>
        navigateur.ParcoursAsync(nameof(Un_habitant_lit_la_page_d_Ales_et_sa_version_integree), async page =>
        {
            await page.GotoAsync("/communes/30007");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync("Le logement social à Alès");
            await Expect(page.GetByTestId("bloc-deposer")).ToContainTextAsync("demande-logement-social.gouv.fr");
            await Expect(page.GetByTestId("bloc-parc")).ToContainTextAsync("logement(s) social(aux)");
            await Expect(page.GetByTestId("texte-commune")).ToBeVisibleAsync();
            await Expect(page.Locator("header.fr-header")).ToBeVisibleAsync();

            // Le simulateur d'éligibilité est à un clic.
            await page.GetByTestId("bloc-eligibilite").GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/eligibilite$"));

            // La version intégrée, dans l'iframe d'un autre site : sans en-tête ni pied, encadrement permis.
            var origine = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
            await page.SetContentAsync(
                $"<iframe title=\"Logement social à Alès\" src=\"{origine}/communes/30007?integre=1\" "
                    + "width=\"900\" height=\"700\"></iframe>"
            );
            var cadre = page.FrameLocator("iframe");
            await Expect(cadre.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync("Le logement social à Alès");
            await Expect(cadre.Locator("header.fr-header")).ToHaveCountAsync(0);
            await Expect(cadre.GetByTestId("bloc-deposer")).ToBeVisibleAsync();
        });

    [Fact]
    public Task La_commune_redige_sa_page_choisit_ses_blocs_et_la_publie() =>
        navigateur.ParcoursAsync(nameof(La_commune_redige_sa_page_choisit_ses_blocs_et_la_publie), async page =>
        {
            await page.SeConnecterAsync("maire@demo.pilotis.fr");
            await page.GotoAsync("/communes/30007");
            await page.GetByRole(AriaRole.Link, new() { Name = "Modifier la page de la commune" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/communes/30007/modifier$"));

            var texte = $"Permanence logement le mardi (parcours {Guid.NewGuid().ToString("N")[..6]}).";
            await page.GetByLabel("Le mot de la commune").FillAsync(texte);
            await page.GetByLabel("Opérations agréées ou en cours").UncheckAsync(new() { Force = true });
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le texte et les blocs sont enregistrés.");

            // La démonstration publie la page d'Alès : on retire la publication, puis on republie.
            var retirer = page.GetByRole(AriaRole.Button, new() { Name = "Retirer la publication" });
            if (await retirer.CountAsync() > 0)
            {
                await retirer.ClickAsync();
                await Expect(page.GetByTestId("etat-publication")).ToContainTextAsync("Non publiée");
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "Publier la page" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La page est publiée.");
            await Expect(page.GetByLabel("Code d'intégration"))
                .ToHaveValueAsync(new Regex("<iframe src=\".*/communes/30007\\?integre=1\""));

            await page.GetByRole(AriaRole.Link, new() { Name = "Voir la page" }).ClickAsync();
            await Expect(page.GetByTestId("texte-commune")).ToContainTextAsync(texte);
            await Expect(page.GetByTestId("bloc-operations")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("bloc-parc")).ToBeVisibleAsync();
        });
}
