using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Cotation (CCH L441-2-8): the EPCI agent of Nîmes Métropole creates a new version of the grid, changes a weight,
/// simulates and publishes; a member of the public reads the published grid, then looks up their demand with the
/// numéro unique and the date de dépôt of their attestation.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursCotationTests(Navigateur navigateur)
{
    private const string NimesMetropole = "243000643";

    [Fact]
    public Task L_agent_de_l_EPCI_cree_simule_et_publie_une_nouvelle_version() =>
        navigateur.ParcoursAsync(nameof(L_agent_de_l_EPCI_cree_simule_et_publie_une_nouvelle_version), async page =>
        {
            await DemandeAsync(d => d.Dalo = true);
            await DemandeAsync(d => d.DateDepot = d.DateDepot.AddMonths(-20));
            await page.SeConnecterAsync("epci@demo.pilotis.fr");
            await page.GotoAsync("/cotation");
            await page.GetByTestId("creer-version").ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Grille de cotation de");
            await Expect(page.GetByTestId("etat-grille")).ToHaveTextAsync("Brouillon");

            // Une erreur d'abord : des points hors bornes sont refusés sur leur champ.
            await page.Locator("#points-0").FillAsync("5000");
            await page.GetByTestId("enregistrer-grille").ClickAsync();
            await Expect(page.GetByTestId("erreur-points-0")).ToContainTextAsync("entre −1 000 et 1 000");
            // Puis le poids du DALO passe à 150.
            await page.Locator("#points-0").FillAsync("150");
            await page.GetByTestId("enregistrer-grille").ClickAsync();
            await Expect(page.GetByTestId("grille-enregistree")).ToBeVisibleAsync();
            await Expect(page.Locator("#points-0")).ToHaveValueAsync("150");

            await page.GetByTestId("lien-simulation").ClickAsync();
            await Expect(page.GetByTestId("bilan-simulation")).ToBeVisibleAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Simulation de la version");
            await page.GetByTestId("publier").ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/cotation/{NimesMetropole}"));
            await Expect(page.GetByTestId("entete-grille")).ToContainTextAsync("Publiée");
            await Expect(page.GetByTestId("criteres")).ToContainTextAsync("+150");
            await Expect(page.GetByTestId("historique")).ToContainTextAsync("Archivée");
        });

    [Fact]
    public Task Un_demandeur_lit_la_grille_puis_consulte_sa_demande_sans_compte() =>
        navigateur.ParcoursAsync(nameof(Un_demandeur_lit_la_grille_puis_consulte_sa_demande_sans_compte), async page =>
        {
            var demande = await DemandeAsync(d => d.Dalo = true);
            await page.GotoAsync("/");
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.OuvrirAsync("Demande");
            await menu.GetByRole(AriaRole.Link, new() { Name = "Grilles de cotation", Exact = true }).ClickAsync();
            await page.GetByTestId("grilles-publiees").Locator($"a[href='/cotation/{NimesMetropole}']").ClickAsync();
            await Expect(page.GetByTestId("criteres")).ToContainTextAsync("Reconnu prioritaire DALO");

            await page.GotoAsync("/ma-demande");
            await page.Locator("#numeroUnique").FillAsync(demande.NumeroUnique);
            await page.Locator("#dateDepot")
                .FillAsync(demande.DateDepot.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByTestId("consulter").ClickAsync();
            await Expect(page.GetByTestId("aucune-demande")).ToContainTextAsync("Aucune demande ne correspond");

            await page.Locator("#dateDepot")
                .FillAsync(demande.DateDepot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByTestId("consulter").ClickAsync();
            await Expect(page.GetByTestId("information-demande")).ToContainTextAsync(demande.NumeroUnique);
            await Expect(page.GetByTestId("score")).ToContainTextAsync("points");
            await Expect(page.GetByTestId("position")).ToContainTextAsync("demandes similaires");
            await Expect(page.GetByTestId("attente")).ToBeVisibleAsync();
        });

    /// <summary>A demand of Nîmes (first choice 30189, T3) written as the register does, then the EPCI's scores
    /// recalculated.</summary>
    private async Task<DemandeLogement> DemandeAsync(Action<DemandeLogement> modifier)
    {
        await using var scope = navigateur.Application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        var aujourdhui = DateOnly.FromDateTime(
            scope.ServiceProvider.GetRequiredService<TimeProvider>().GetLocalNow().DateTime
        );
        var d = new DemandeLogement
        {
            NumeroUnique = $"030-E2E-{Guid.NewGuid().ToString("N")[..10]}",
            DepartementCode = "30",
            Membres =
            [
                new MembreMenage(LienMembre.Demandeur, 34, false, false),
                new MembreMenage(LienMembre.Enfant, 6, false, true),
            ],
            RevenuFiscalReference = 14_000m,
            RessourcesMensuelles = 1_100m,
            SituationLogement = SituationLogement.Heberge,
            TypologiePrincipale = Typologies.T3,
            TypologiesSouhaitees = Typologies.T3,
            DateDepot = aujourdhui.AddMonths(-4),
            CreeeLe = DateTimeOffset.UtcNow,
            ModifieeLe = DateTimeOffset.UtcNow,
        };
        d.Communes.Add(new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" });
        modifier(d);
        (await ReferentielDemandes.ChargerAsync(db)).Actualiser(d, aujourdhui);
        db.Demandes.Add(d);
        await db.SaveChangesAsync();
        await CotationEnMasse.RecalculerAsync(db, NimesMetropole, aujourdhui);
        return d;
    }
}
