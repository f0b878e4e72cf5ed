using System.Text.RegularExpressions;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>Headers as Kestrel really sends them (the in-memory test server of Pilotis.Web.Tests adds none).</summary>
[Collection(CollectionE2E.Nom)]
public sealed class EntetesServeurTests(Navigateur navigateur)
{
    [Fact]
    public async Task Kestrel_ne_dit_pas_son_nom_et_pose_la_politique_de_contenu()
    {
        using var client = new HttpClient { BaseAddress = navigateur.Application.Adresse };
        using var reponse = await client.GetAsync("/territoires");
        Assert.True(reponse.IsSuccessStatusCode);
        Assert.False(reponse.Headers.Contains("Server"), "En-tête Server : " + reponse.Headers.Server);
        Assert.Contains("default-src 'self'", string.Join(";", reponse.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public Task Choisir_une_annee_des_plafonds_recharge_la_page_sans_script_dans_la_balise() =>
        navigateur.ParcoursAsync(
            nameof(Choisir_une_annee_des_plafonds_recharge_la_page_sans_script_dans_la_balise),
            async page =>
            {
                await page.GotoAsync("/demandes/plafonds");
                var annees = await page.Locator("#annee option").AllAsync();
                var derniere = await annees[^1].GetAttributeAsync("value");
                var premiere = await annees[0].GetAttributeAsync("value");
                var choisie = await page.Locator("#annee").InputValueAsync() == premiere ? derniere : premiere;
                await page.Locator("#annee").SelectOptionAsync(choisie!);
                await Expect(page).ToHaveURLAsync(new Regex($"annee={choisie}"));
            }
        );
}
