using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Directory journey (seed 001, solution 9, Gard demo): the DDTM finds a referent without typing accents, edits the
/// entry of its own service, and exports the filtered referents as one vCard file.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursAnnuaireTests(Navigateur navigateur)
{
    [Fact]
    public Task La_DDTM_modifie_un_referent_de_l_annuaire_et_exporte_les_vCard() =>
        navigateur.ParcoursAsync(nameof(La_DDTM_modifie_un_referent_de_l_annuaire_et_exporte_les_vCard), async page =>
        {
            await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
            await page.GotoAsync("/annuaire");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Annuaire des acteurs");
            await page.GetByLabel("Nom, fonction ou organisation").FillAsync("anne roussel");
            await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Anne Roussel (fictive)");

            await page.GetByRole(AriaRole.Link, new() { Name = "DDTM du Gard — service habitat" }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/annuaire/organisations/\\d+$"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Modifier la fiche de Anne Roussel (fictive)" })
                .First.ClickAsync();
            var dispo = $"lundi et vendredi matin ({Guid.NewGuid().ToString("N")[..6]})";
            await page.GetByLabel("Disponibilités").FillAsync(dispo);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la fiche" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La fiche est enregistrée.");
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(dispo);
            await Expect(page.GetByTestId("etat-confirmation")).ToContainTextAsync("à jour au");

            await page.GotoAsync("/annuaire?q=roussel&theme=Production");
            var lien = page.GetByTestId("export-vcard");
            var adresse = await lien.GetAttributeAsync("href");
            var reponse = await page.Context.APIRequest.GetAsync(adresse!);
            Assert.Equal(200, reponse.Status);
            Assert.StartsWith("text/vcard", reponse.Headers["content-type"], StringComparison.Ordinal);
            var cartes = await reponse.TextAsync();
            Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", cartes, StringComparison.Ordinal);
            Assert.Contains("FN:Anne Roussel (fictive)\r\n", cartes, StringComparison.Ordinal);
            Assert.Contains(dispo, cartes.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        });
}
