using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pilotis.Data;
using Pilotis.Domain.Production;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Dossier d'agrément (seed 000, questions 1 et 3) : la DDTM demande une pièce manquante sur une opération de
/// Garrigues Habitat ; le bailleur se connecte, voit la demande, dépose le PDF en répondant ; la complétude monte.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursDossierTests(Navigateur navigateur)
{
    [Fact]
    public Task La_DDTM_demande_une_piece_et_le_bailleur_la_depose_en_repondant() =>
        navigateur.ParcoursAsync(nameof(La_DDTM_demande_une_piece_et_le_bailleur_la_depose_en_repondant), async page =>
        {
            var id = await CreerOperationAsync();
            var pdf = Path.Combine(Path.GetTempPath(), $"promesse-e2e-{Guid.NewGuid():N}.pdf");
            await File.WriteAllBytesAsync(
                pdf,
                Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
            );
            try
            {
                await page.SeConnecterAsync("ddtm@demo.pilotis.fr");
                await page.GotoAsync($"/operations/{id}/dossier");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                    .ToContainTextAsync("Dossier de l'opération");
                var avant = Pourcentage(await page.GetByTestId("taux").InnerTextAsync());
                await Expect(page.GetByTestId("liste-completude"))
                    .ToContainTextAsync("Promesse de vente ou titre de propriété");

                // Un message vide est refusé sur le champ, puis la demande part.
                await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
                await Expect(page.GetByText("Écrivez le message au bailleur : ce qui manque et pourquoi."))
                    .ToBeVisibleAsync();
                await page.GetByLabel("Message", new() { Exact = true })
                    .FillAsync("Merci de joindre la promesse de vente signée (E2E).");
                // le libellé DSFR recouvre la case
                await page.Locator("label[for=demande-maitrise_fonciere]").ClickAsync();
                await Expect(page.GetByLabel("Promesse de vente ou titre de propriété")).ToBeCheckedAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
                await Expect(
                        page.GetByRole(AriaRole.Status)
                            .Filter(new() { HasText = "La demande de compléments a été envoyée au bailleur." })
                    )
                    .ToBeVisibleAsync();
                await Expect(page.GetByTestId("demande-ouverte")).ToContainTextAsync("promesse de vente signée (E2E)");

                // Le bailleur se connecte : la demande l'attend dans sa programmation et sur le dossier.
                await page.Context.ClearCookiesAsync();
                await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
                await page.GotoAsync("/programmation");
                await page.GetByTestId("demandes-attente")
                    .GetByRole(AriaRole.Link)
                    .Filter(new() { HasText = "Dossier E2E" })
                    .First.ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex($"/operations/{id}/dossier"));
                await Expect(page.GetByTestId("alerte-demandes")).ToBeVisibleAsync();
                var demande = page.GetByTestId("demande-ouverte");
                await demande.GetByLabel("Votre réponse").FillAsync("Voici la promesse de vente signée.");
                await demande
                    .GetByLabel("Pièce jointe à la réponse (facultatif)")
                    .SelectOptionAsync(new SelectOptionValue { Label = "Promesse de vente ou titre de propriété" });
                await demande.GetByLabel("Fichier").SetInputFilesAsync(pdf);
                await demande.GetByRole(AriaRole.Button, new() { Name = "Répondre et clore la demande" }).ClickAsync();

                await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "la demande est close" }))
                    .ToBeVisibleAsync();
                await Expect(page.GetByTestId("demande-ouverte")).ToHaveCountAsync(0);
                await Expect(page.GetByTestId("demandes-closes"))
                    .ToContainTextAsync("Voici la promesse de vente signée.");
                await Expect(page.GetByTestId("pieces")).ToContainTextAsync("v1 — " + Path.GetFileName(pdf));
                var apres = Pourcentage(await page.GetByTestId("taux").InnerTextAsync());
                Assert.True(apres > avant, $"La complétude devait monter : {avant} % puis {apres} %.");
                await Expect(page.GetByTestId("historique"))
                    .ToContainTextAsync("Réponse du bailleur à une demande de compléments");
            }
            finally
            {
                File.Delete(pdf);
            }
        });

    private static int Pourcentage(string texte) =>
        int.Parse(
            texte.Replace("%", "", StringComparison.Ordinal).Trim(),
            System.Globalization.CultureInfo.InvariantCulture
        );

    /// <summary>
    /// Une opération neuve de Garrigues Habitat (bailleur@demo) à Nîmes, en instruction, sans pièce déposée.
    /// </summary>
    private async Task<int> CreerOperationAsync()
    {
        await using var scope = navigateur.Application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        var bailleur = await db.Organisations.Where(o => o.Siren == "900000019").Select(o => o.Id).SingleAsync();
        var nimes = await db
            .Communes.Where(c => c.Code == "30189")
            .Select(c => new { c.EpciSiren, c.RegionCode })
            .FirstAsync();
        var operation = new Operation
        {
            Numero = $"E2E-{Guid.NewGuid():N}"[..20],
            Nom = $"Dossier E2E {Guid.NewGuid().ToString("N")[..6]}",
            BailleurId = bailleur,
            CommuneCode = "30189",
            EpciSiren = nimes.EpciSiren,
            DepartementCode = "30",
            RegionCode = nimes.RegionCode,
            Nature = NatureOperation.Neuf,
            Adresse = "12 rue des Arènes",
            Statut = StatutOperation.ProgrammeeCompletudeInstructeur,
            DateDepot = new DateOnly(2026, 1, 5),
            ChargeFonciere = 200_000m,
            CoutBatiment = 1_000_000m,
            FoncierMaitrise = true,
            Permis = EtatPermis.Obtenu,
            FinancementBoucle = true,
            Lots =
            [
                new Lot
                {
                    Produit = Produit.Plus,
                    NombreLogements = 8,
                    T2 = 4,
                    T3 = 4,
                    SurfaceHabitable = 520m,
                    LoyerM2 = 6.2m,
                },
            ],
            Financements =
            [
                new LigneFinancement { Type = TypeFinancement.SubventionEtat, Montant = 40_000m },
                new LigneFinancement { Type = TypeFinancement.PretCdcPlus, Montant = 1_160_000m },
            ],
            CreeeLe = DateTimeOffset.UtcNow,
            ModifieeLe = DateTimeOffset.UtcNow,
        };
        db.Operations.Add(operation);
        await db.SaveChangesAsync();
        return operation.Id;
    }
}
