using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Information;

/// <summary>
/// La formation des élus (seed 001, solution 6) : la DDTM crée la session, une commune inscrit ses seuls élus, la
/// DDTM note la présence et saisit le questionnaire des seuls présents ; exports de la liste.
/// </summary>
public abstract class FormationsTests(PilotisFactory app)
{
    private static string Unique(string prefixe) => $"{prefixe} {Guid.NewGuid().ToString("N")[..10]}";

    private static DateOnly Aujourdhui => Francais.JourAParis(DateTimeOffset.UtcNow);

    private async Task<SessionFormation> CreerSessionAsync(DateOnly date, int capacite)
    {
        var session = new SessionFormation
        {
            DepartementCode = "30",
            RegionCode = "76",
            Date = date,
            Lieu = Unique("Salle"),
            Theme = ThemeFormation.Sru,
            Formateur = "DDTM",
            Capacite = capacite,
        };
        await app.ExecuterAsync(async db =>
        {
            db.SessionsFormation.Add(session);
            await db.SaveChangesAsync();
        });
        return session;
    }

    private static Dictionary<string, string> Elu(string nom, string courriel, string? commune = null)
    {
        var champs = new Dictionary<string, string>
        {
            ["Saisie.Nom"] = nom,
            ["Saisie.Mandat"] = "adjoint_logement",
            ["Saisie.Courriel"] = courriel,
        };
        if (commune is not null)
            champs["Saisie.Commune"] = commune;
        return champs;
    }

    [Fact]
    public async Task La_DDTM_cree_une_session_et_une_saisie_fausse_n_ecrit_rien()
    {
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var lieu = Unique("Salle");
        var champs = new Dictionary<string, string>
        {
            ["Saisie.Date"] = Aujourdhui.AddDays(10).ToString("yyyy-MM-dd"),
            ["Saisie.Theme"] = "sru",
            ["Saisie.Lieu"] = lieu,
            ["Saisie.Formateur"] = "DDTM du Gard",
            ["Saisie.Capacite"] = "0",
        };
        using (var faux = await ddtm.PosterFormulaireAsync("/formations/nouvelle", champs))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, faux.StatusCode);
            Assert.Contains("entre 1 et 500 places", WebUtility.HtmlDecode(await faux.Content.ReadAsStringAsync()));
        }
        Assert.False(await app.ExecuterAsync(db => db.SessionsFormation.AnyAsync(s => s.Lieu == lieu)));
        champs["Saisie.Capacite"] = "20";
        using (var ok = await ddtm.PosterFormulaireAsync("/formations/nouvelle", champs))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var session = await app.ExecuterAsync(db => db.SessionsFormation.SingleAsync(s => s.Lieu == lieu));
        Assert.Equal(("30", 20, ThemeFormation.Sru), (session.DepartementCode, session.Capacite, session.Theme));
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Journal.AnyAsync(j => j.Entite == nameof(SessionFormation) && j.EntiteId == session.Id.ToString())
            )
        );
        // Une commune lit les sessions mais n'en crée pas.
        using var commune = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30007",
            Role.Agent
        );
        await Refus.VerifierAsync(commune, await commune.GetAsync("/formations/nouvelle"));
        Assert.Contains(lieu, await (await commune.GetAsync("/formations")).Content.ReadAsStringAsync());
        // Un bailleur n'a pas accès à la formation des élus ; une session inconnue répond 404.
        using var bailleur = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        await Refus.VerifierAsync(bailleur, await bailleur.GetAsync("/formations"));
        Assert.Equal(HttpStatusCode.NotFound, (await ddtm.GetAsync("/formations/987654321")).StatusCode);
    }

    [Fact]
    public async Task Une_commune_inscrit_ses_seuls_elus_et_la_DDTM_note_presence_et_satisfaction()
    {
        var session = await CreerSessionAsync(Aujourdhui, capacite: 2);
        var url = $"/formations/{session.Id}";
        var action = url + "?handler=inscrire";
        using var ales = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30007",
            Role.Agent
        );
        var nom = Unique("Élu d'Alès");
        using (var ok = await ales.PosterFormulaireAsync(url, Elu(nom, "elu.ales@exemple.fr"), action))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        // Un élu de Nîmes inscrit par Alès : hors de ses droits.
        using (var hors = await ales.PosterFormulaireAsync(url, Elu("Intrus", "intrus@exemple.fr", "30189"), action))
            await Refus.VerifierAsync(ales, hors);
        using (var double_ = await ales.PosterFormulaireAsync(url, Elu("Bis", "ELU.ALES@exemple.fr"), action))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, double_.StatusCode);
            Assert.Contains("déjà inscrit", WebUtility.HtmlDecode(await double_.Content.ReadAsStringAsync()));
        }
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var nimois = Unique("Élu de Nîmes");
        using (var ok = await ddtm.PosterFormulaireAsync(url, Elu(nimois, "elu.nimes@exemple.fr", "30189"), action))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        using (var complet = await ales.PosterFormulaireAsync(url, Elu("Trois", "trois@exemple.fr"), action))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, complet.StatusCode);
            Assert.Contains("complète (2 places)", WebUtility.HtmlDecode(await complet.Content.ReadAsStringAsync()));
        }
        Assert.Equal(
            2,
            await app.ExecuterAsync(db => db.InscriptionsFormation.CountAsync(i => i.SessionId == session.Id))
        );
        // Alès ne voit que son élu ; la DDTM voit les deux.
        var pageAles = WebUtility.HtmlDecode(await (await ales.GetAsync(url)).Content.ReadAsStringAsync());
        Assert.Contains(nom, pageAles);
        Assert.DoesNotContain(nimois, pageAles);
        Assert.Contains(nimois, WebUtility.HtmlDecode(await (await ddtm.GetAsync(url)).Content.ReadAsStringAsync()));

        var (idAles, idNimes) = await app.ExecuterAsync(async db =>
            (
                await db.InscriptionsFormation.Where(i => i.Nom == nom).Select(i => i.Id).SingleAsync(),
                await db.InscriptionsFormation.Where(i => i.Nom == nimois).Select(i => i.Id).SingleAsync()
            )
        );
        await PresenceEtSatisfactionAsync(ddtm, ales, url, idAles, idNimes);
    }

    private async Task PresenceEtSatisfactionAsync(
        HttpClient ddtm,
        HttpClient ales,
        string url,
        int present,
        int absent
    )
    {
        Dictionary<string, string> Presence(int id, bool p) =>
            new() { ["inscription"] = id.ToString(), ["present"] = p ? "true" : "false" };
        // Seule la DDTM note la présence.
        using (var refus = await ales.PosterFormulaireAsync(url, Presence(present, true), url + "?handler=presence"))
            await Refus.VerifierAsync(ales, refus);
        using (var ok = await ddtm.PosterFormulaireAsync(url, Presence(present, true), url + "?handler=presence"))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        using (var ok = await ddtm.PosterFormulaireAsync(url, Presence(absent, false), url + "?handler=presence"))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Dictionary<string, string> Reponse(int id, string note) =>
            new()
            {
                ["inscription"] = id.ToString(),
                ["note"] = note,
                ["commentaire"] = "Très utile.",
            };
        var action = url + "?handler=satisfaction";
        using (var absentRefuse = await ddtm.PosterFormulaireAsync(url, Reponse(absent, "4"), action))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, absentRefuse.StatusCode);
            Assert.Contains(
                "Seul un élu noté présent",
                WebUtility.HtmlDecode(await absentRefuse.Content.ReadAsStringAsync())
            );
        }
        using (var horsBornes = await ddtm.PosterFormulaireAsync(url, Reponse(present, "6"), action))
            Assert.Equal(HttpStatusCode.UnprocessableEntity, horsBornes.StatusCode);
        using (var ok = await ddtm.PosterFormulaireAsync(url, Reponse(present, "4"), action))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        using (var deuxieme = await ddtm.PosterFormulaireAsync(url, Reponse(present, "5"), action))
            Assert.Equal(HttpStatusCode.UnprocessableEntity, deuxieme.StatusCode);
        var lues = await app.ExecuterAsync(db =>
            db.InscriptionsFormation.AsNoTracking().Where(i => i.Id == present || i.Id == absent).ToListAsync()
        );
        var p = lues.Single(i => i.Id == present);
        Assert.Equal((true, 4, "Très utile."), (p.Present!.Value, p.Note!.Value, p.Commentaire!));
        var a = lues.Single(i => i.Id == absent);
        Assert.Equal((false, (int?)null), (a.Present!.Value, a.Note));
    }

    [Fact]
    public async Task Une_session_passee_refuse_les_inscriptions_et_une_session_future_la_presence()
    {
        var passee = await CreerSessionAsync(Aujourdhui.AddDays(-1), 10);
        var future = await CreerSessionAsync(Aujourdhui.AddDays(7), 10);
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var url = $"/formations/{passee.Id}";
        var page = WebUtility.HtmlDecode(await (await ddtm.GetAsync(url)).Content.ReadAsStringAsync());
        Assert.Contains("les inscriptions sont closes", page);
        Assert.DoesNotContain("data-testid=\"form-inscrire\"", page);
        // Un formulaire forgé est refusé par la règle du domaine.
        using var tentative = await ddtm.PosterFormulaireAsync(
            $"/formations/{future.Id}",
            Elu("Retard", "retard@exemple.fr", "30007"),
            url + "?handler=inscrire"
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tentative.StatusCode);
        Assert.Contains("déjà eu lieu", WebUtility.HtmlDecode(await tentative.Content.ReadAsStringAsync()));
        var futur = $"/formations/{future.Id}";
        using (
            var ok = await ddtm.PosterFormulaireAsync(
                futur,
                Elu("Avance", "avance@exemple.fr", "30007"),
                futur + "?handler=inscrire"
            )
        )
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var id = await app.ExecuterAsync(db =>
            db.InscriptionsFormation.Where(i => i.SessionId == future.Id).Select(i => i.Id).SingleAsync()
        );
        using var trop = await ddtm.PosterFormulaireAsync(
            futur,
            new Dictionary<string, string> { ["inscription"] = id.ToString(), ["present"] = "true" },
            futur + "?handler=presence"
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, trop.StatusCode);
        Assert.Contains(
            "à partir du jour de la session",
            WebUtility.HtmlDecode(await trop.Content.ReadAsStringAsync())
        );
    }

    [Fact]
    public async Task La_liste_filtre_pagine_et_s_exporte_en_CSV_et_XLSX()
    {
        var session = await CreerSessionAsync(new DateOnly(2031, 3, 4), 15);
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var filtree = await (await ddtm.GetAsync("/formations?annee=2031&theme=sru")).Content.ReadAsStringAsync();
        Assert.Contains(session.Lieu, filtree);
        var autre = await (await ddtm.GetAsync("/formations?annee=2031&theme=financement")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(session.Lieu, autre);
        using var csv = await ddtm.GetAsync("/formations?annee=2031&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var texte = System.Text.Encoding.UTF8.GetString(octets);
        Assert.Contains("Département;Date;Lieu;Thème", texte);
        Assert.Contains(session.Lieu, texte);
        using var xlsx = await ddtm.GetAsync("/formations?format=xlsx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class FormationsSqlite(SqliteFactory app) : FormationsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class FormationsPostgres(PostgresFactory app) : FormationsTests(app);
