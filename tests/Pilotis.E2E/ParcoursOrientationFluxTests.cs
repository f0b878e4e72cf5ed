using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E;

/// <summary>
/// Gestion en flux (ticket 12) : « un logement libéré orienté ». Le test sème sa convention (Action Logement, 60 %)
/// et son logement libéré pour le bailleur de démonstration, sur une année à lui ; le bailleur ouvre l'orientation,
/// lit la proposition et son explication, et l'accepte.
/// </summary>
[Collection(CollectionE2E.Nom)]
public sealed class ParcoursOrientationFluxTests(Navigateur navigateur)
{
    private const int Annee = 2031;

    [Fact]
    public Task Un_logement_libere_oriente() =>
        navigateur.ParcoursAsync(nameof(Un_logement_libere_oriente), async page =>
        {
            var (id, nom) = await SemerAsync();
            await page.SeConnecterAsync("bailleur@demo.pilotis.fr");
            var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await menu.OuvrirAsync("Attribution");
            await menu.GetByRole(AriaRole.Link, new() { Name = "Orientation des logements libérés" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/flux/orientation$"));
            await page.GotoAsync($"/flux/orientation?annee={Annee}");
            var ligne = page.Locator($"tr[data-id='{id}']");
            await Expect(ligne.GetByTestId("proposition")).ToContainTextAsync(nom);
            await Expect(ligne.GetByTestId("explication"))
                .ToContainTextAsync($"Proposé à {nom} : le plus grand retard");
            await ligne.GetByTestId("accepter").ClickAsync();
            await Expect(page.GetByTestId("message-orientation")).ToContainTextAsync("1 logement orienté");
            await Expect(page.Locator($"tr[data-id='{id}']")).ToHaveCountAsync(0);

            await using var scope = navigateur.Application.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
            var l = await db.LogementsAAttribuer.AsNoTracking().SingleAsync(x => x.Id == id);
            Assert.Equal((EtapeAttribution.Oriente, Contingent.ActionLogement), (l.Etape, l.Contingent!.Value));
        });

    private async Task<(int Id, string Nom)> SemerAsync()
    {
        await using var scope = navigateur.Application.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        var bailleur = await db
            .Users.Where(u => u.Email == "bailleur@demo.pilotis.fr")
            .Select(u => u.OrganisationId)
            .SingleAsync();
        var nom = $"Action Logement E2E {Guid.NewGuid().ToString("N")[..6]}";
        var al = new Organisation
        {
            Nom = nom,
            Type = TypeOrganisation.Reservataire,
            PerimetreNiveau = NiveauPerimetre.Departement,
            PerimetreCode = "30",
            DepartementCode = "30",
            RegionCode = "76",
        };
        db.Organisations.Add(al);
        await db.SaveChangesAsync();
        db.ConventionsFlux.Add(
            new ConventionFlux
            {
                BailleurId = bailleur,
                ReservataireId = al.Id,
                Contingent = Contingent.ActionLogement,
                DepartementCode = "30",
                PartFlux = 60m,
                DateDebut = new DateOnly(Annee, 1, 1),
                DateFin = new DateOnly(Annee, 12, 31),
                Statut = StatutConvention.Signee,
                SigneeLe = new DateOnly(Annee - 1, 12, 1),
                ModifieLe = DateTimeOffset.UtcNow,
            }
        );
        var logement = new Logement
        {
            IdentifiantRpls = "E2E" + Guid.NewGuid().ToString("N")[..12],
            BailleurId = bailleur,
            CommuneCode = "30189",
            Adresse = "3 rue de l'Orientation",
            Typologie = TypologieLogement.T3,
            Surface = 65m,
            Financement = FinancementOrigine.Plus,
            AnneeConstruction = 1995,
            LoyerMensuel = 420m,
            ModifieLe = DateTimeOffset.UtcNow,
        };
        db.Logements.Add(logement);
        await db.SaveChangesAsync();
        var libere = new LogementAAttribuer
        {
            LogementId = logement.Id,
            DateDisponibilite = new DateOnly(Annee, 2, 1),
            DeclareLe = DateTimeOffset.UtcNow,
        };
        db.LogementsAAttribuer.Add(libere);
        await db.SaveChangesAsync();
        return (libere.Id, nom);
    }
}
