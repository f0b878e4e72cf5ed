using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

[Collection(CollectionE2E.Nom)]
public sealed class ParcoursConnexionTests(Navigateur navigateur)
{
    [Fact]
    public Task Un_agent_de_la_commune_se_connecte_et_voit_son_organisation() =>
        navigateur.ParcoursAsync(nameof(Un_agent_de_la_commune_se_connecte_et_voit_son_organisation), async page =>
        {
            await page.SeConnecterAsync("commune@demo.pilotis.fr");
            await Expect(page).ToHaveURLAsync(new Regex("/$"));
            await Expect(page.GetByTestId("accueil-organisation")).ToContainTextAsync("Commune de Nîmes");
            await Expect(page.Locator("h1")).ToContainTextAsync("Paul Fabre");
        });

    [Fact]
    public Task Un_mauvais_mot_de_passe_affiche_une_erreur_en_francais_et_garde_le_courriel() =>
        navigateur.ParcoursAsync(
            nameof(Un_mauvais_mot_de_passe_affiche_une_erreur_en_francais_et_garde_le_courriel),
            async page =>
            {
                await page.SeConnecterAsync("financeur@demo.pilotis.fr", "Pas-Le-Bon-2026!");
                await Expect(page).ToHaveURLAsync(new Regex("/connexion$"));
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Courriel ou mot de passe incorrect");
                await Expect(page.ChampCourriel()).ToHaveValueAsync("financeur@demo.pilotis.fr");
                await Expect(page.GetByTestId("accueil-organisation")).ToHaveCountAsync(0);
            }
        );

    [Fact]
    public Task Un_formulaire_vide_signale_chaque_champ_en_francais() =>
        navigateur.ParcoursAsync(nameof(Un_formulaire_vide_signale_chaque_champ_en_francais), async page =>
        {
            await page.GotoAsync("/connexion");
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
            await Expect(page.GetByText("Saisissez votre courriel.")).ToBeVisibleAsync();
            await Expect(page.GetByText("Saisissez votre mot de passe.")).ToBeVisibleAsync();
        });
}
