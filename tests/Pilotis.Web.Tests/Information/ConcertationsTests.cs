using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;

namespace Pilotis.Web.Tests.Information;

/// <summary>
/// La concertation des habitants (seed 001, solution 7) : le bailleur enregistre les actions de ses seules opérations
/// (403 sur celle d'un autre), la commune et la DDTM les lisent ; la liste filtre et s'exporte.
/// </summary>
public abstract class ConcertationsTests(PilotisFactory app)
{
    private static Dictionary<string, string> Action(string issue, string habitants = "25") =>
        new()
        {
            ["Saisie.Type"] = "reunion_publique",
            ["Saisie.Date"] = Francais.JourAParis(DateTimeOffset.UtcNow).AddDays(-2).ToString("yyyy-MM-dd"),
            ["Saisie.Phase"] = "avant_permis",
            ["Saisie.HabitantsRencontres"] = habitants,
            ["Saisie.Acceptation"] = "opposee",
            ["Saisie.Questions"] = "Circulation.",
            ["Saisie.Issue"] = issue,
        };

    [Fact]
    public async Task Le_bailleur_enregistre_sur_son_operation_et_pas_sur_celle_d_un_autre()
    {
        var a = await app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent);
        var b = await app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent);
        var operationA = await app.CreerOperationTestAsync(a.OrganisationId, "30");
        var operationB = await app.CreerOperationTestAsync(b.OrganisationId, "30");
        using var client = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        var url = $"/operations/{operationA.Id}/concertation";
        var issue = $"Suites {Guid.NewGuid():N}";
        using (var faux = await client.PosterFormulaireAsync(url, Action(issue, "beaucoup")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, faux.StatusCode);
            Assert.Contains(
                "n'est pas un nombre entier",
                WebUtility.HtmlDecode(await faux.Content.ReadAsStringAsync())
            );
        }
        Assert.False(await app.ExecuterAsync(db => db.ActionsConcertation.AnyAsync(x => x.Issue == issue)));
        using (var ok = await client.PosterFormulaireAsync(url, Action(issue)))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var action = await app.ExecuterAsync(db =>
            db.ActionsConcertation.AsNoTracking().SingleAsync(x => x.Issue == issue)
        );
        Assert.Equal(
            (operationA.Id, 25, PhaseConcertation.AvantLePermis, AcceptationConcertation.Opposee),
            (action.OperationId, action.HabitantsRencontres, action.Phase, action.Acceptation)
        );
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Journal.AnyAsync(j => j.Entite == nameof(ActionConcertation) && j.EntiteId == action.Id.ToString())
            )
        );
        // Sur l'opération d'un autre bailleur : 403, à la lecture comme à l'écriture, et rien n'est écrit.
        var autre = $"/operations/{operationB.Id}/concertation";
        var intrus = $"Intrus {Guid.NewGuid():N}";
        using (var refus = await client.PosterFormulaireAsync(url, Action(intrus), autre))
            await Refus.VerifierAsync(client, refus);
        await Refus.VerifierAsync(client, await client.GetAsync(autre));
        Assert.False(await app.ExecuterAsync(db => db.ActionsConcertation.AnyAsync(x => x.Issue == intrus)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/operations/987654321/concertation")).StatusCode);
    }

    [Fact]
    public async Task La_commune_et_la_DDTM_lisent_sans_pouvoir_enregistrer()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var operation = await app.CreerOperationTestAsync(bailleur.OrganisationId, "30");
        var issue = $"Suites {Guid.NewGuid():N}";
        await app.ExecuterAsync(async db =>
        {
            db.ActionsConcertation.Add(
                new ActionConcertation
                {
                    OperationId = operation.Id,
                    Type = TypeActionConcertation.Visite,
                    Date = new DateOnly(2026, 2, 3),
                    Phase = PhaseConcertation.PendantLesTravaux,
                    HabitantsRencontres = 12,
                    Acceptation = AcceptationConcertation.Favorable,
                    Issue = issue,
                }
            );
            await db.SaveChangesAsync();
        });
        var url = $"/operations/{operation.Id}/concertation";
        using var commune = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            operation.CommuneCode,
            Role.Agent
        );
        var page = await (await commune.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains(issue, page);
        Assert.DoesNotContain("form-concertation", page);
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        Assert.Contains(issue, await (await ddtm.GetAsync(url)).Content.ReadAsStringAsync());
        var liste = await (
            await ddtm.GetAsync("/concertations?acceptation=favorable&annee=2026")
        ).Content.ReadAsStringAsync();
        Assert.Contains(operation.Nom, WebUtility.HtmlDecode(liste));
        var opposee = await (
            await ddtm.GetAsync("/concertations?acceptation=opposee&annee=2026")
        ).Content.ReadAsStringAsync();
        Assert.DoesNotContain(operation.Nom, WebUtility.HtmlDecode(opposee));
        // Une commune voisine ne lit pas la concertation d'une autre commune.
        using var voisine = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            operation.CommuneCode == "30189" ? "30007" : "30189",
            Role.Agent
        );
        await Refus.VerifierAsync(voisine, await voisine.GetAsync(url));
        using var csv = await ddtm.GetAsync($"/concertations?commune={operation.CommuneCode}&format=csv");
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var texte = System.Text.Encoding.UTF8.GetString(octets);
        Assert.Contains("Date;Opération;Nom de l'opération", texte);
        Assert.Contains(issue, texte);
        using var xlsx = await ddtm.GetAsync("/concertations?format=xlsx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ConcertationsSqlite(SqliteFactory app) : ConcertationsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ConcertationsPostgres(PostgresFactory app) : ConcertationsTests(app);
