using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Parcours de la formation des élus (seed 001, solution 6, comptes de démonstration du Gard) : la DDTM crée une
/// session, la maire d'Alès y inscrit un élu de sa commune, la DDTM note sa présence et saisit sa satisfaction.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursFormationTests(Navigateur navigateur)
{
    [Fact]
    public Task La_DDTM_cree_une_session_la_commune_inscrit_un_elu_la_DDTM_note_presence_et_satisfaction() =>
        navigateur.ParcoursAsync(
            nameof(La_DDTM_cree_une_session_la_commune_inscrit_un_elu_la_DDTM_note_presence_et_satisfaction),
            async page =>
            {
                var lieu = $"Salle du parcours {Guid.NewGuid().ToString("N")[..8]}";
                // La session a lieu aujourd'hui : on s'y inscrit encore, et la présence se note déjà.
                var aujourdhui = DateOnly.FromDateTime(Francais.HeureDeParis(DateTimeOffset.UtcNow));
                await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
                await menu.GetByRole(AriaRole.Button, new() { Name = "Information" }).ClickAsync();
                await menu.GetByRole(AriaRole.Link, new() { Name = "Formation des élus", Exact = true }).ClickAsync();
                await Expect(page.GetByTestId("indicateurs-formation")).ToBeVisibleAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle session" }).ClickAsync();
                await page.GetByLabel("Date").FillAsync(aujourdhui.ToString("yyyy-MM-dd"));
                await page.GetByLabel("Thème").SelectOptionAsync(new SelectOptionValue { Value = "sru" });
                await page.GetByLabel("Lieu").FillAsync(lieu);
                await page.GetByLabel("Formateur ou organisme").FillAsync("DDTM du Gard");
                await page.GetByLabel("Nombre de places").FillAsync("12");
                await page.GetByRole(AriaRole.Button, new() { Name = "Créer la session" }).ClickAsync();
                await Expect(page.GetByTestId("message-creee")).ToBeVisibleAsync();
                var adresse = page.Url;
                await page.Context.ClearCookiesAsync();

                // La maire d'Alès inscrit un élu de sa commune (la commune est imposée).
                await page.SeConnecterAsync("maire@demo.pilotis.fr");
                await page.GotoAsync(adresse);
                await page.GetByLabel("Prénom et nom de l'élu").FillAsync("Jeanne Parcours (fictive)");
                await page.GetByLabel("Mandat").SelectOptionAsync(new SelectOptionValue { Value = "adjoint_logement" });
                await page.GetByLabel("Adresse électronique").FillAsync("jeanne.parcours@ales-fictif.fr");
                await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire" }).ClickAsync();
                await Expect(page.GetByTestId("message-inscrit")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("table-inscrits")).ToContainTextAsync("Jeanne Parcours (fictive)");
                await page.Context.ClearCookiesAsync();

                // La DDTM note la présence puis saisit la satisfaction.
                await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                await page.GotoAsync(adresse);
                await page.GetByRole(AriaRole.Button, new() { Name = "Noter Jeanne Parcours (fictive) présent" })
                    .ClickAsync();
                await Expect(page.GetByTestId("message-presence")).ToBeVisibleAsync();
                var ligne = page.Locator("tr", new() { HasText = "Jeanne Parcours (fictive)" });
                await Expect(ligne).ToContainTextAsync("Présent");
                await ligne.GetByLabel("Note (1 à 5)").SelectOptionAsync(new SelectOptionValue { Value = "4" });
                await ligne.GetByLabel("Commentaire").FillAsync("Clair et utile.");
                await ligne.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la réponse" }).ClickAsync();
                await Expect(page.GetByTestId("message-satisfaction")).ToBeVisibleAsync();
                await Expect(page.Locator("tr", new() { HasText = "Jeanne Parcours (fictive)" }))
                    .ToContainTextAsync("4 / 5");
                await page.GotoAsync("/formations");
                await Expect(page.GetByTestId("table-sessions")).ToContainTextAsync(lieu);
                await Expect(page).ToHaveURLAsync(new Regex("/formations$"));
            }
        );
}
