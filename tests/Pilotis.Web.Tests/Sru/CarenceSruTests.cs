using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Sru;

/// <summary>
/// The carence procedure through the pages (CCH L302-9-1): every transition goes through the domain; a refused one
/// shows the domain's French reason and changes nothing; an accepted one is persisted with its step.
/// </summary>
public abstract class CarenceSruTests(PilotisFactory app)
{
    /// <summary>The last closed triennial period, as the page proposes it (in 2026: 2023-2025).</summary>
    private static PeriodeTriennale Periode => ParametresSru.DerniereClose(DateOnly.FromDateTime(DateTime.Now));

    private static string Jour(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Une_transition_refusee_par_le_domaine_affiche_le_motif_et_ne_change_rien()
    {
        var code = (await app.CommunesSansProcedureAsync(2026))[^1];
        using var ddtm = await ClientDdtmAsync();
        var fin = new DateOnly(Periode.Fin, 12, 31);

        // Proposing before the end of the period: refused by the domain, no procedure created.
        var avant = await app.ExecuterAsync(db => db.ProceduresCarenceSru.CountAsync());
        var html = await (await PosterCarenceAsync(ddtm, code, ActionCarence.Proposer, fin.AddMonths(-6))).TexteAsync();
        Assert.Contains("data-testid=\"erreur-carence\"", html);
        Assert.Contains(
            $"La carence ne peut être proposée qu'après la fin de la période triennale ({fin:dd/MM/yyyy}).",
            html
        );
        Assert.Equal(avant, await app.ExecuterAsync(db => db.ProceduresCarenceSru.CountAsync()));

        // An action not open from the current state: refused, with the state named.
        html = await (
            await PosterCarenceAsync(
                ddtm,
                code,
                ActionCarence.PrendreArrete,
                fin.AddMonths(2),
                new() { ["Coefficient"] = "2", ["Motif"] = "test" }
            )
        ).TexteAsync();
        Assert.Contains("n'est pas possible dans l'état « aucune procédure »", html);
        Assert.Equal(avant, await app.ExecuterAsync(db => db.ProceduresCarenceSru.CountAsync()));
    }

    [Fact]
    public async Task Proposition_avis_puis_arrete_avec_coefficient_hors_bornes_refuse_puis_accepte()
    {
        var code = (await app.CommunesSansProcedureAsync(2026))[0];
        using var ddtm = await ClientDdtmAsync();
        var fin = new DateOnly(Periode.Fin, 12, 31);

        var examinee = await ProposerPuisRecueillirLAvisAsync(ddtm, code, fin);
        var jeton = await JetonAsync(ddtm, code, "carence-PrendreArrete");
        await LesArretesRefusesNeChangentRienAsync(ddtm, code, fin, jeton, examinee);

        using (
            var arrete = await PosterCarenceAsync(
                ddtm,
                code,
                ActionCarence.PrendreArrete,
                fin.AddMonths(3),
                Arrete(jeton, "2,5")
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, arrete.StatusCode);
        }
        var carencee = await ProcedureAsync(code);
        Assert.Equal(EtatCarence.Carencee, carencee.Etat);
        Assert.Equal(2.5m, carencee.CoefficientMajoration);
        Assert.Equal(3, carencee.Etapes.Count);
        var fichePage = await (await ddtm.GetAsync($"/sru/communes/{code}")).TexteAsync();
        Assert.Contains("commune carencée", fichePage);
    }

    /// <summary>
    /// Proposition un mois après la période, puis avis favorable de la commission : la procédure examinée.
    /// </summary>
    private async Task<ProcedureCarenceSru> ProposerPuisRecueillirLAvisAsync(HttpClient ddtm, string code, DateOnly fin)
    {
        using (
            var proposition = await PosterCarenceAsync(
                ddtm,
                code,
                ActionCarence.Proposer,
                fin.AddMonths(1),
                new() { ["Motif"] = "Bilan insuffisant (test)" }
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, proposition.StatusCode);
        }
        Assert.Equal(EtatCarence.Proposee, (await ProcedureAsync(code)).Etat);

        var jeton = await JetonAsync(ddtm, code, "carence-RecueillirAvisCommission");
        using (
            var avis = await PosterCarenceAsync(
                ddtm,
                code,
                ActionCarence.RecueillirAvisCommission,
                fin.AddMonths(2),
                new() { ["Jeton"] = jeton, ["Avis"] = "favorable" }
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, avis.StatusCode);
        }
        var examinee = await ProcedureAsync(code);
        Assert.Equal(EtatCarence.ExamineeEnCommission, examinee.Etat);
        return examinee;
    }

    /// <summary>
    /// Un coefficient hors bornes puis un jeton périmé : refusés, l'état et les étapes restent les mêmes.
    /// </summary>
    private async Task LesArretesRefusesNeChangentRienAsync(
        HttpClient ddtm,
        string code,
        DateOnly fin,
        string jeton,
        ProcedureCarenceSru examinee
    )
    {
        // Coefficient 7: the domain refuses, the state and the steps stay as they were.
        var html = await (
            await PosterCarenceAsync(ddtm, code, ActionCarence.PrendreArrete, fin.AddMonths(3), Arrete(jeton, "7"))
        ).TexteAsync();
        Assert.Contains("Le coefficient de majoration doit être compris entre 1 et 5 (CCH L302-9-1).", html);
        var inchangee = await ProcedureAsync(code);
        Assert.Equal(EtatCarence.ExamineeEnCommission, inchangee.Etat);
        Assert.Equal(examinee.Etapes.Count, inchangee.Etapes.Count);
        Assert.Equal(examinee.Jeton, inchangee.Jeton);

        // A stale token (the form of an earlier state) is refused too.
        var perime = await (
            await PosterCarenceAsync(
                ddtm,
                code,
                ActionCarence.PrendreArrete,
                fin.AddMonths(3),
                Arrete(Guid.NewGuid().ToString(), "2")
            )
        ).TexteAsync();
        Assert.Contains("modifiée par quelqu'un d'autre", perime);
        Assert.Equal(EtatCarence.ExamineeEnCommission, (await ProcedureAsync(code)).Etat);
    }

    private static Dictionary<string, string> Arrete(string jeton, string coefficient) =>
        new()
        {
            ["Jeton"] = jeton,
            ["Coefficient"] = coefficient,
            ["Motif"] = "Arrêté motivé (test)",
        };

    /// <summary>
    /// Poste une action de la procédure depuis la fiche de la commune, pour la dernière période close.
    /// </summary>
    private static Task<HttpResponseMessage> PosterCarenceAsync(
        HttpClient ddtm,
        string code,
        ActionCarence action,
        DateOnly date,
        Dictionary<string, string>? autres = null
    )
    {
        var champs = new Dictionary<string, string>(autres ?? [])
        {
            ["Action"] = action.ToString(),
            ["DebutPeriode"] = Periode.Debut.ToString(CultureInfo.InvariantCulture),
            ["Date"] = Jour(date),
        };
        return ddtm.PosterAsync($"/sru/communes/{code}", $"/sru/communes/{code}/carence", champs);
    }

    private static async Task<string> JetonAsync(HttpClient ddtm, string code, string formulaire) =>
        OutilsSru.ChampCache(await (await ddtm.GetAsync($"/sru/communes/{code}")).TexteAsync(), formulaire, "Jeton");

    [Fact]
    public async Task Une_commune_ne_peut_pas_faire_avancer_la_procedure()
    {
        var maire = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30189",
            Role.Administrateur
        );
        using var commune = await app.ClientConnecteAsync(maire.Courriel, maire.MotDePasse);
        using var reponse = await commune.PosterAsync(
            "/sru/communes/30189",
            "/sru/communes/30189/carence",
            new Dictionary<string, string>
            {
                ["Action"] = nameof(ActionCarence.Proposer),
                ["DebutPeriode"] = Periode.Debut.ToString(CultureInfo.InvariantCulture),
                ["Date"] = Jour(new DateOnly(Periode.Fin + 1, 2, 1)),
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal("/acces-refuse", reponse.Headers.Location?.AbsolutePath);
    }

    private Task<ProcedureCarenceSru> ProcedureAsync(string code) =>
        app.ExecuterAsync(db =>
            db.ProceduresCarenceSru.AsNoTracking().Include(p => p.Etapes).SingleAsync(p => p.CommuneCode == code)
        );

    private Task<HttpClient> ClientDdtmAsync() =>
        app.ClientNouveauCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
}

[Collection(Fournisseurs.Sqlite)]
public sealed class CarenceSruSqlite(SqliteFactory app) : CarenceSruTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class CarenceSruPostgres(PostgresFactory app) : CarenceSruTests(app);
