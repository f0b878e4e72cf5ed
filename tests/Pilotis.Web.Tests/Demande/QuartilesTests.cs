using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// First-quartile thresholds per EPCI (/demandes/quartiles, CCH L441-1): the computed value is the nearest-rank 25th
/// percentile of the register; the official value entered by a DDTM administrator prevails; scope and rights.
/// </summary>
public abstract class QuartilesTests(PilotisFactory app)
{
    /// <summary>CC Terre de Camargue (Aigues-Mortes): a small Gard EPCI.</summary>
    private const string Commune = "30003";

    private Task<string> EpciAsync() =>
        app.ExecuterAsync(db => db.Communes.Where(c => c.Code == Commune).Select(c => c.EpciSiren!).SingleAsync());

    [Fact]
    public async Task Le_seuil_calcule_est_le_25e_centile_au_rang_le_plus_proche_du_registre()
    {
        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);
        for (var i = 0; i < 4; i++)
            await DonneesDemande.InsererAsync(app, Commune, aujourdhui.AddMonths(-i - 1), Typologies.T2);
        var epci = await EpciAsync();
        var valeurs = await app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.EpciSiren == epci && d.Statut == StatutDemande.Active && d.DatePurge == null)
                .Select(d => d.RessourcesParUc)
                .ToListAsync()
        );
        valeurs.Sort();
        var attendu = valeurs[(int)Math.Ceiling(valeurs.Count * 0.25m) - 1];

        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        using var csv = await ddtm.GetAsync("/demandes/quartiles?handler=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var ligne = OutilsSru.LireCsv(await csv.Content.ReadAsByteArrayAsync()).Single(l => l["EPCI (SIREN)"] == epci);
        Assert.Equal(attendu, OutilsSru.Nombre(ligne["Seuil calculé (€ par UC et par an)"]));
        Assert.Equal(
            valeurs.Count,
            int.Parse(
                ligne["Demandes actives prises en compte"]
                    .Replace("\u202F", "", StringComparison.Ordinal)
                    .Replace("\u00A0", "", StringComparison.Ordinal),
                System.Globalization.CultureInfo.InvariantCulture
            )
        );
    }

    [Fact]
    public async Task La_valeur_officielle_prevaut_et_se_retire()
    {
        var epci = await EpciAsync();
        var annee = 2100 - Random.Shared.Next(0, 50);
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var page = $"/demandes/quartiles?annee={annee}";
        using var erreur = await ddtm.PosterFormulaireAsync(
            page,
            new Dictionary<string, string>
            {
                ["Epci"] = epci,
                ["Seuil"] = "-3",
                ["Source"] = "",
                ["Jeton"] = Guid.Empty.ToString(),
            }
        );
        var html = await erreur.TexteAsync();
        Assert.Contains("Le seuil doit être un montant positif", html);
        Assert.Contains("Citez l'arrêté préfectoral", html);

        using var ok = await ddtm.PosterFormulaireAsync(
            page,
            new Dictionary<string, string>
            {
                ["Epci"] = epci,
                ["Seuil"] = "9 876",
                ["Source"] = "Arrêté préfectoral de test",
                ["Jeton"] = Guid.Empty.ToString(),
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        using var csv = await ddtm.GetAsync($"/demandes/quartiles?handler=csv&annee={annee}");
        var ligne = OutilsSru.LireCsv(await csv.Content.ReadAsByteArrayAsync()).Single(l => l["EPCI (SIREN)"] == epci);
        Assert.Equal(9_876m, OutilsSru.Nombre(ligne["Seuil appliqué"]));
        Assert.Equal("Arrêté préfectoral de test", ligne["Source officielle"]);
        var seuil = await app.ExecuterAsync(db =>
            Pilotis.Data.Demande.RequetesDemande.SeuilQuartileAsync(db, epci, annee)
        );
        Assert.True(seuil.Officiel);

        var officiel = await app.ExecuterAsync(db =>
            db.SeuilsQuartileOfficiels.SingleAsync(s => s.EpciSiren == epci && s.Annee == annee)
        );
        using var retrait = await ddtm.PosterFormulaireAsync(
            page,
            new Dictionary<string, string> { ["Epci"] = epci, ["Jeton"] = officiel.Jeton.ToString() },
            $"/demandes/quartiles?handler=retirer&annee={annee}"
        );
        Assert.Equal(HttpStatusCode.Redirect, retrait.StatusCode);
        Assert.False(
            await app.ExecuterAsync(db =>
                db.SeuilsQuartileOfficiels.AnyAsync(s => s.EpciSiren == epci && s.Annee == annee)
            )
        );
    }

    [Fact]
    public async Task Un_EPCI_voit_son_seuil_sans_pouvoir_le_saisir()
    {
        using var epci = await app.ClientConnecteAsync("epci@demo.pilotis.fr");
        var html = await (await epci.GetAsync("/demandes/quartiles")).TexteAsync();
        Assert.Contains("Nîmes Métropole", html);
        Assert.DoesNotContain("Alès Agglomération", html);
        Assert.DoesNotContain("Saisir la valeur officielle", html);
        using var refus = await epci.PosterFormulaireAsync(
            "/demandes/quartiles",
            new Dictionary<string, string>
            {
                ["Epci"] = "243000643",
                ["Seuil"] = "1000",
                ["Source"] = "x",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, refus.StatusCode);
        var destination = refus.Headers.Location!;
        Assert.StartsWith(
            "/acces-refuse",
            destination.IsAbsoluteUri ? destination.PathAndQuery : destination.OriginalString
        );

        var financeur = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "30",
            Role.Lecteur
        );
        using var clientFinanceur = await app.ClientConnecteAsync(financeur.Courriel, financeur.MotDePasse);
        await clientFinanceur.RefuseAsync("/demandes/quartiles");
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class QuartilesSqlite(SqliteFactory app) : QuartilesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class QuartilesPostgres(PostgresFactory app) : QuartilesTests(app);
