using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>A bailleur may not open another bailleur's organisation page.</summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursAccesTests(Navigateur navigateur)
{
    [Fact]
    public Task Un_bailleur_est_refuse_sur_la_fiche_d_un_autre_bailleur() =>
        navigateur.ParcoursAsync(nameof(Un_bailleur_est_refuse_sur_la_fiche_d_un_autre_bailleur), async page =>
        {
            var autre = await IdOrganisationAsync("Cévennes Logis (ESH fictive)");
            await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
            await Expect(page.GetByTestId("accueil-organisation")).ToContainTextAsync("Garrigues Habitat");

            var reponse = await page.GotoAsync($"/admin/organisations/{autre}");
            Assert.Equal(403, reponse!.Status);
            await Expect(page.GetByTestId("acces-refuse")).ToBeVisibleAsync();
            await Expect(page.GetByText("Cévennes Logis")).ToHaveCountAsync(0);
        });

    private async Task<int> IdOrganisationAsync(string nom)
    {
        await using var scope = navigateur.Application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        return await db.Organisations.Where(o => o.Nom == nom).Select(o => o.Id).SingleAsync();
    }
}
