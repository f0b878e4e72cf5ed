using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsAttribution;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// GET /api/v1/statistiques/attributions/quotas (ticket 12, contrat public) : noms exacts des champs, valeurs
/// calculées sur des baux importés (CCH L441-1), parts à 0 sans dénominateur, 400 et 404 en français, sans compte.
/// Chaque test prend un EPCI de la Lozère qui n'est qu'à lui (aucune demande de démonstration n'y est semée).
/// </summary>
public abstract class QuotasAttributionApiTests(PilotisFactory app)
{
    private static readonly string[] Champs =
    [
        "annee",
        "epci",
        "bauxHorsQpv",
        "bauxHorsQpvPremierQuartile",
        "partHorsQpvPremierQuartile",
        "attributionsEnQpv",
        "attributionsEnQpvAutresQuartiles",
        "partEnQpvAutresQuartiles",
        "attributionsReservataires",
        "attributionsDaloOuPrioritaires",
        "partDaloOuPrioritaires",
        "attributionsPrefet",
        "attributionsPrefetDaloOuPrioritaires",
        "seuilPremierQuartile",
        "seuilPremierQuartileOfficiel",
        "objectifEnQpv",
    ];

    [Fact]
    public async Task Les_objectifs_sont_calcules_sur_les_baux_de_l_EPCI_et_de_l_annee()
    {
        var epci = await EpciAsync(app, "48", 0);
        var commune = (await CommunesAsync(app, epci))[0];
        await app.ExecuterAsync(async db =>
        {
            if (!await db.SeuilsQuartileOfficiels.AnyAsync(s => s.EpciSiren == epci && s.Annee == 2025))
                db.SeuilsQuartileOfficiels.Add(
                    new SeuilQuartileOfficiel
                    {
                        EpciSiren = epci,
                        Annee = 2025,
                        Seuil = 10_000m,
                        Source = "Arrêté de test",
                    }
                );
            await db.SaveChangesAsync();
        });
        var (siren, _) = await BailleurAsync(app);
        var n = "Q" + Guid.NewGuid().ToString("N")[..8];
        var bilan = await ImporterAsync(
            app,
            Fichier(
                $"{n}-1;{siren};{commune};N;BAILLEUR;2025-01-01;9000;N;N;N;",
                $"{n}-2;{siren};{commune};N;ACTION_LOGEMENT;2025-06-30;10000,00;O;N;N;",
                $"{n}-3;{siren};{commune};N;COLLECTIVITE;2025-07-14;15000;N;O;O;",
                $"{n}-4;{siren};{commune};N;PREFET;2025-09-01;20000;O;N;N;",
                $"{n}-5;{siren};{commune};O;BAILLEUR;2025-10-10;12000;N;N;N;",
                $"{n}-6;{siren};{commune};O;PREFET;2025-11-11;8000;N;O;N;",
                $"{n}-7;{siren};{commune};N;BAILLEUR;2025-12-31;30000;N;N;N;",
                // Hors de l'année, puis hors de l'EPCI : ne comptent pas.
                $"{n}-8;{siren};{commune};N;BAILLEUR;2024-12-31;5000;O;N;N;",
                $"{n}-9;{siren};{commune};N;BAILLEUR;2026-01-01;5000;O;N;N;",
                $"{n}-10;{siren};30189;N;BAILLEUR;2025-05-05;5000;O;N;N;"
            )
        );
        Assert.True(bilan.Reussi, string.Join(" ", bilan.Erreurs.Select(e => $"{e.Ligne} {e.Message}")));

        using var client = app.ClientAnonyme();
        var json = await (
            await client.GetAsync($"/api/v1/statistiques/attributions/quotas?annee=2025&epci={epci}")
        ).JsonAsync();
        Assert.Equal(Champs, json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2025, json.GetProperty("annee").GetInt32());
        Assert.Equal(epci, json.GetProperty("epci").GetString());
        // Hors QPV : 1, 2, 3, 4, 7 ; premier quartile (≤ 10 000) : 1 et 2, relogé RU : 3.
        Assert.Equal(5, json.GetProperty("bauxHorsQpv").GetInt32());
        Assert.Equal(3, json.GetProperty("bauxHorsQpvPremierQuartile").GetInt32());
        Assert.Equal(0.6, json.GetProperty("partHorsQpvPremierQuartile").GetDouble(), 10);
        // En QPV : 5 et 6 ; autres quartiles : 5.
        Assert.Equal(2, json.GetProperty("attributionsEnQpv").GetInt32());
        Assert.Equal(1, json.GetProperty("attributionsEnQpvAutresQuartiles").GetInt32());
        Assert.Equal(0.5, json.GetProperty("partEnQpvAutresQuartiles").GetDouble(), 10);
        // Réservataires hors préfet : 1, 2, 3, 5, 7 ; DALO ou prioritaire : 2 et 3.
        Assert.Equal(5, json.GetProperty("attributionsReservataires").GetInt32());
        Assert.Equal(2, json.GetProperty("attributionsDaloOuPrioritaires").GetInt32());
        Assert.Equal(0.4, json.GetProperty("partDaloOuPrioritaires").GetDouble(), 10);
        // Contingent du préfet, à part : 4 (DALO) et 6 (prioritaire).
        Assert.Equal(2, json.GetProperty("attributionsPrefet").GetInt32());
        Assert.Equal(2, json.GetProperty("attributionsPrefetDaloOuPrioritaires").GetInt32());
        Assert.Equal(10_000m, json.GetProperty("seuilPremierQuartile").GetDecimal());
        Assert.True(json.GetProperty("seuilPremierQuartileOfficiel").GetBoolean());
    }

    [Fact]
    public async Task Sans_bail_ni_seuil_chaque_part_vaut_0_et_le_seuil_est_null()
    {
        var epci = await EpciAsync(app, "48", 1);
        using var client = app.ClientAnonyme();
        var json = await (
            await client.GetAsync($"/api/v1/statistiques/attributions/quotas?annee=2023&epci={epci}")
        ).JsonAsync();
        foreach (var champ in Champs.Skip(2).SkipLast(3))
            Assert.Equal(0d, json.GetProperty(champ).GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("seuilPremierQuartile").ValueKind);
        Assert.False(json.GetProperty("seuilPremierQuartileOfficiel").GetBoolean());
        // Sans objectif de CIA saisi : celui de la loi (CCH L441-1, 50 %).
        Assert.Equal(0.5m, json.GetProperty("objectifEnQpv").GetDecimal());
    }

    [Theory]
    [InlineData("annee=abc&epci=200066918", "annee", "doit être une année entière")]
    [InlineData("annee=1800&epci=200066918", "annee", "doit être compris entre 1900 et 2100")]
    [InlineData("epci=200066918", "annee", "est obligatoire")]
    [InlineData("annee=2025", "epci", "est obligatoire")]
    public async Task Une_requete_mal_formee_recoit_400_en_francais(string requete, string champ, string message)
    {
        using var client = app.ClientAnonyme();
        var probleme = await (
            await client.GetAsync($"/api/v1/statistiques/attributions/quotas?{requete}")
        ).ProblemeAsync(HttpStatusCode.BadRequest);
        var erreurs = probleme.GetProperty("errors").GetProperty(champ);
        Assert.Contains(message, erreurs[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000000000")]
    [InlineData("inconnu")]
    public async Task Un_EPCI_inconnu_recoit_404_en_francais(string epci)
    {
        using var client = app.ClientAnonyme();
        var probleme = await (
            await client.GetAsync($"/api/v1/statistiques/attributions/quotas?annee=2025&epci={epci}")
        ).ProblemeAsync(HttpStatusCode.NotFound);
        Assert.Equal($"Aucun EPCI de SIREN « {epci} ».", probleme.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task La_reponse_est_gardee_en_cache_selon_Statistiques_CacheSecondes()
    {
        var epci = await EpciAsync(app, "48", 2);
        var commune = (await CommunesAsync(app, epci))[0];
        var adresse = $"/api/v1/statistiques/attributions/quotas?annee=2022&epci={epci}";
        await using var avecCache = app.WithWebHostBuilder(b => b.UseSetting("Statistiques:CacheSecondes", "60"));
        using var clientCache = avecCache.CreateClient();
        var avant = await (await clientCache.GetAsync(adresse)).JsonAsync();
        Assert.Equal(0, avant.GetProperty("bauxHorsQpv").GetInt32());

        var (siren, _) = await BailleurAsync(app);
        var n = "C" + Guid.NewGuid().ToString("N")[..8];
        var bilan = await ImporterAsync(app, Fichier($"{n};{siren};{commune};N;BAILLEUR;2022-05-05;9000;N;N;N;"));
        Assert.True(bilan.Reussi);

        // 60 s : la réponse gardée ne voit pas encore le bail ; 0 (la fabrique des tests) : pas de cache.
        var gardee = await (await clientCache.GetAsync(adresse)).JsonAsync();
        Assert.Equal(0, gardee.GetProperty("bauxHorsQpv").GetInt32());
        using var clientSansCache = app.ClientAnonyme();
        var fraiche = await (await clientSansCache.GetAsync(adresse)).JsonAsync();
        Assert.Equal(1, fraiche.GetProperty("bauxHorsQpv").GetInt32());
    }

    [Fact]
    public async Task Le_point_est_decrit_dans_OpenAPI()
    {
        using var client = app.ClientAnonyme();
        var texte = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/statistiques/attributions/quotas", texte, StringComparison.Ordinal);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class QuotasAttributionApiSqlite(SqliteFactory app) : QuotasAttributionApiTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class QuotasAttributionApiPostgres(PostgresFactory app) : QuotasAttributionApiTests(app);
