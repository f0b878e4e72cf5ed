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
        var fiche = $"/sru/communes/{code}";
        var action = $"{fiche}/carence";
        var fin = new DateOnly(Periode.Fin, 12, 31);

        // Proposing before the end of the period: refused by the domain, no procedure created.
        var avant = await app.ExecuterAsync(db => db.ProceduresCarenceSru.CountAsync());
        var html = await (
            await ddtm.PosterAsync(
                fiche,
                action,
                new Dictionary<string, string>
                {
                    ["Action"] = nameof(ActionCarence.Proposer),
                    ["DebutPeriode"] = Periode.Debut.ToString(CultureInfo.InvariantCulture),
                    ["Date"] = Jour(fin.AddMonths(-6)),
                }
            )
        ).TexteAsync();
        Assert.Contains("data-testid=\"erreur-carence\"", html);
        Assert.Contains(
            $"La carence ne peut être proposée qu'après la fin de la période triennale ({fin:dd/MM/yyyy}).",
            html
        );
        Assert.Equal(avant, await app.ExecuterAsync(db => db.ProceduresCarenceSru.CountAsync()));

        // An action not open from the current state: refused, with the state named.
        html = await (
            await ddtm.PosterAsync(
                fiche,
                action,
                new Dictionary<string, string>
                {
                    ["Action"] = nameof(ActionCarence.PrendreArrete),
                    ["DebutPeriode"] = Periode.Debut.ToString(CultureInfo.InvariantCulture),
                    ["Date"] = Jour(fin.AddMonths(2)),
                    ["Coefficient"] = "2",
                    ["Motif"] = "test",
                }
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
        var fiche = $"/sru/communes/{code}";
        var action = $"{fiche}/carence";
        var fin = new DateOnly(Periode.Fin, 12, 31);
        var debut = Periode.Debut.ToString(CultureInfo.InvariantCulture);

        using (
            var proposition = await ddtm.PosterAsync(
                fiche,
                action,
                new Dictionary<string, string>
                {
                    ["Action"] = nameof(ActionCarence.Proposer),
                    ["DebutPeriode"] = debut,
                    ["Date"] = Jour(fin.AddMonths(1)),
                    ["Motif"] = "Bilan insuffisant (test)",
                }
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, proposition.StatusCode);
        }
        Assert.Equal(EtatCarence.Proposee, (await ProcedureAsync(code)).Etat);

        var page = await (await ddtm.GetAsync(fiche)).TexteAsync();
        var jeton = OutilsSru.ChampCache(page, "carence-RecueillirAvisCommission", "Jeton");
        using (
            var avis = await ddtm.PosterAsync(
                fiche,
                action,
                new Dictionary<string, string>
                {
                    ["Action"] = nameof(ActionCarence.RecueillirAvisCommission),
                    ["DebutPeriode"] = debut,
                    ["Jeton"] = jeton,
                    ["Date"] = Jour(fin.AddMonths(2)),
                    ["Avis"] = "favorable",
                }
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, avis.StatusCode);
        }
        var examinee = await ProcedureAsync(code);
        Assert.Equal(EtatCarence.ExamineeEnCommission, examinee.Etat);

        // Coefficient 7: the domain refuses, the state and the steps stay as they were.
        page = await (await ddtm.GetAsync(fiche)).TexteAsync();
        jeton = OutilsSru.ChampCache(page, "carence-PrendreArrete", "Jeton");
        var html = await (
            await ddtm.PosterAsync(
                fiche,
                action,
                new Dictionary<string, string>
                {
                    ["Action"] = nameof(ActionCarence.PrendreArrete),
                    ["DebutPeriode"] = debut,
                    ["Jeton"] = jeton,
                    ["Date"] = Jour(fin.AddMonths(3)),
                    ["Coefficient"] = "7",
                    ["Motif"] = "Arrêté motivé (test)",
                }
            )
        ).TexteAsync();
        Assert.Contains("Le coefficient de majoration doit être compris entre 1 et 5 (CCH L302-9-1).", html);
        var inchangee = await ProcedureAsync(code);
        Assert.Equal(EtatCarence.ExamineeEnCommission, inchangee.Etat);
        Assert.Equal(examinee.Etapes.Count, inchangee.Etapes.Count);
        Assert.Equal(examinee.Jeton, inchangee.Jeton);

        // A stale token (the form of an earlier state) is refused too.
        var perime = await (
            await ddtm.PosterAsync(
                fiche,
                action,
                new Dictionary<string, string>
                {
                    ["Action"] = nameof(ActionCarence.PrendreArrete),
                    ["DebutPeriode"] = debut,
                    ["Jeton"] = Guid.NewGuid().ToString(),
                    ["Date"] = Jour(fin.AddMonths(3)),
                    ["Coefficient"] = "2",
                    ["Motif"] = "Arrêté motivé (test)",
                }
            )
        ).TexteAsync();
        Assert.Contains("modifiée par quelqu'un d'autre", perime);
        Assert.Equal(EtatCarence.ExamineeEnCommission, (await ProcedureAsync(code)).Etat);

        using (
            var arrete = await ddtm.PosterAsync(
                fiche,
                action,
                new Dictionary<string, string>
                {
                    ["Action"] = nameof(ActionCarence.PrendreArrete),
                    ["DebutPeriode"] = debut,
                    ["Jeton"] = jeton,
                    ["Date"] = Jour(fin.AddMonths(3)),
                    ["Coefficient"] = "2,5",
                    ["Motif"] = "Arrêté motivé (test)",
                }
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, arrete.StatusCode);
        }
        var carencee = await ProcedureAsync(code);
        Assert.Equal(EtatCarence.Carencee, carencee.Etat);
        Assert.Equal(2.5m, carencee.CoefficientMajoration);
        Assert.Equal(3, carencee.Etapes.Count);
        var fichePage = await (await ddtm.GetAsync(fiche)).TexteAsync();
        Assert.Contains("commune carencée", fichePage);
    }

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

    private async Task<HttpClient> ClientDdtmAsync()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        return await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class CarenceSruSqlite(SqliteFactory app) : CarenceSruTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class CarenceSruPostgres(PostgresFactory app) : CarenceSruTests(app);
