using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// CALEOL (CCH L441-2, R441-3) : une séance de la commission du bailleur de démonstration examine trois candidats
/// pour un logement de Nîmes (données écrites en base : la déclaration et la désignation ont leurs pages) ; le
/// bailleur note les présences, décide, clôt la séance, enregistre l'offre acceptée et signe le bail.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursCaleolTests(Navigateur navigateur)
{
    [Fact]
    public async Task Une_seance_de_CALEOL_decide_et_un_bail_est_signe()
    {
        var (seance, numeros) = await SeanceAsync();
        await navigateur.ParcoursAsync(nameof(Une_seance_de_CALEOL_decide_et_un_bail_est_signe), async page =>
        {
            await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.OuvrirAsync("Attribution");
            await menu.GetByRole(AriaRole.Link, new() { Name = "CALEOL", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/caleol/seances$"));
            await page.GotoAsync($"/caleol/seances/{seance}");

            foreach (var membre in new[] { "Mme Aubanel", "M. Boissier", "Mme Chabrol" })
                await page.Locator("label.fr-label", new() { HasText = membre }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences" }).ClickAsync();
            await Expect(page.GetByTestId("quorum")).ToContainTextAsync("quorum atteint");

            await page.GetByLabel($"Décision pour {numeros[0]}")
                .SelectOptionAsync(new SelectOptionValue { Label = "Attribution par ordre de priorité" });
            await page.GetByLabel($"Rang de {numeros[0]}").FillAsync("1");
            await page.GetByLabel($"Décision pour {numeros[1]}")
                .SelectOptionAsync(new SelectOptionValue { Label = "Attribution par ordre de priorité" });
            await page.GetByLabel($"Rang de {numeros[1]}").FillAsync("2");
            await page.GetByLabel($"Décision pour {numeros[2]}")
                .SelectOptionAsync(new SelectOptionValue { Label = "Non-attribution" });
            await page.GetByLabel($"Motif pour {numeros[2]}").FillAsync("Typologie inadaptée à la famille");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les décisions" }).ClickAsync();
            await Expect(page.GetByTestId("erreurs")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Button, new() { Name = "Clore la séance" }).ClickAsync();
            await Expect(page.GetByTestId("etat-seance")).ToHaveTextAsync("séance close");
            await Expect(page.GetByTestId("etape")).ToHaveTextAsync("Attribué");

            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'offre" }).ClickAsync();
            await page.Locator("label.fr-label", new() { HasText = "Offre acceptée" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la réponse" }).ClickAsync();
            await Expect(page.GetByTestId("reponse")).ToHaveTextAsync("acceptée");
            await page.GetByRole(AriaRole.Button, new() { Name = "Signer le bail" }).ClickAsync();
            await Expect(page.GetByTestId("etape")).ToHaveTextAsync("Bail signé");

            await page.GotoAsync($"/caleol/seances/{seance}/proces-verbal");
            await Expect(page.GetByTestId("proces-verbal")).ToContainTextAsync("Typologie inadaptée à la famille");
        });
        await using var scope = navigateur.Application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        var demande = await db.Demandes.SingleAsync(d => d.NumeroUnique == numeros[0]);
        Assert.Equal(StatutDemande.Satisfaite, demande.Statut);
        Assert.True(await db.BauxSignes.AnyAsync(b => b.NumeroUnique == numeros[0]));
    }

    /// <summary>La commission du bailleur de démonstration, une séance d'hier et un logement PLUS de Nîmes avec trois
    /// candidats désignés, inscrit à l'ordre du jour.</summary>
    private async Task<(int Seance, string[] Numeros)> SeanceAsync()
    {
        await using var scope = navigateur.Application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        var bailleur = await db.Organisations.SingleAsync(o => o.Nom == "Garrigues Habitat (OPH fictif)");
        var commission = new CommissionCaleol
        {
            BailleurId = bailleur.Id,
            Nom = "CALEOL E2E " + Guid.NewGuid().ToString("N")[..6],
            TerritoireCode = "30",
            Quorum = 3,
            Membres =
            [
                new() { Nom = "Mme Aubanel", Qualite = QualiteMembreCaleol.AdministrateurBailleur },
                new() { Nom = "M. Boissier", Qualite = QualiteMembreCaleol.RepresentantLocataires },
                new()
                {
                    Nom = "Mme Chabrol",
                    Qualite = QualiteMembreCaleol.Maire,
                    CommuneCode = "30189",
                },
                new() { Nom = "M. Delmas", Qualite = QualiteMembreCaleol.Prefet },
            ],
        };
        db.CommissionsCaleol.Add(commission);
        var logement = new Logement
        {
            IdentifiantRpls = "E2E" + Guid.NewGuid().ToString("N")[..10],
            BailleurId = bailleur.Id,
            CommuneCode = "30189",
            Adresse = "3 rue des Essais, Nîmes",
            Typologie = TypologieLogement.T2,
            Surface = 50m,
            Financement = FinancementOrigine.Plus,
            AnneeConstruction = 2001,
            LoyerMensuel = 390m,
            Occupation = EtatOccupation.Vacant,
        };
        db.Logements.Add(logement);
        await db.SaveChangesAsync();
        var seance = new SeanceCaleol
        {
            CommissionId = commission.Id,
            Date = DateTimeOffset.UtcNow.AddDays(-1),
            Lieu = "Siège de Garrigues Habitat",
        };
        var la = new LogementAAttribuer
        {
            LogementId = logement.Id,
            DateConge = DateOnly.FromDateTime(DateTime.Today.AddDays(-40)),
            DateDisponibilite = DateOnly.FromDateTime(DateTime.Today.AddDays(-10)),
            Etape = EtapeAttribution.InscritEnCommission,
            Contingent = Contingent.Bailleur,
            DeclareLe = DateTimeOffset.UtcNow.AddDays(-40),
        };
        db.SeancesCaleol.Add(seance);
        db.LogementsAAttribuer.Add(la);
        await db.SaveChangesAsync();
        var numeros = await DesignerAsync(scope.ServiceProvider, db, la.Id, bailleur.Id);
        db.InscriptionsSeance.Add(new InscriptionSeance { SeanceId = seance.Id, LogementAAttribuerId = la.Id });
        await db.SaveChangesAsync();
        return (seance.Id, numeros);
    }

    /// <summary>Trois demandes du registre, sous les plafonds PLUS, désignées pour le logement.</summary>
    private static async Task<string[]> DesignerAsync(
        IServiceProvider services,
        PilotisDbContext db,
        int logementAAttribuerId,
        int bailleurId
    )
    {
        var ecriture = services.GetRequiredService<EcritureDemandes>();
        var numeros = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var d = new DemandeLogement
            {
                NumeroUnique = "030E2EC" + Guid.NewGuid().ToString("N")[..10],
                DepartementCode = "30",
                DateDepot = DateOnly.FromDateTime(DateTime.Today.AddMonths(-6)),
                Membres = [new(LienMembre.Demandeur, 35 + i, false, false)],
                RevenuFiscalReference = 11_000m + (2_000m * i),
                Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" }],
                TypologiePrincipale = Typologies.T2,
                TypologiesSouhaitees = Typologies.T2,
            };
            var r = await ecriture.CreerAsync(d, bailleurId, "30");
            Assert.True(r.Reussie, string.Join(" ", r.Erreurs.Select(e => e.Message)));
            numeros.Add(r.Demande!.NumeroUnique);
            db.Designations.Add(
                new Designation
                {
                    LogementAAttribuerId = logementAAttribuerId,
                    DemandeId = r.Demande.Id,
                    Ordre = i + 1,
                    DesigneParId = bailleurId,
                    DesigneLe = DateTimeOffset.UtcNow.AddDays(-5),
                }
            );
        }
        return numeros.ToArray();
    }
}
