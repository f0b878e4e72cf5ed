using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Rate limits of the public endpoints, the sign-in and « Où en est ma demande ? » (issue 11, item 8), on an app
/// started with small limits; forwarded headers honoured only from a declared proxy.
/// </summary>
public abstract class LimitesDebitTests(PilotisFactory app)
{
    private const string Public = "/api/v1/territoires/departements/30";

    /// <summary>The app with small limits; every request comes from <paramref name="adresse"/>.</summary>
    private WebApplicationFactory<Program> Limitee(
        int publicParMinute = 1000,
        int connexionParMinute = 1000,
        int maDemande = 1000,
        string? mandataire = null,
        string adresse = "192.0.2.10"
    ) =>
        app.WithWebHostBuilder(b =>
        {
            b.UseSetting("LimitesDebit:PublicParMinute", publicParMinute.ToString());
            b.UseSetting("LimitesDebit:ConnexionParMinute", connexionParMinute.ToString());
            b.UseSetting("LimitesDebit:MaDemandeParQuartDHeure", maDemande.ToString());
            if (mandataire is not null)
                b.UseSetting("Mandataires:Adresses", mandataire);
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new AdresseDistante(IPAddress.Parse(adresse))));
        });

    private static HttpClient Client(WebApplicationFactory<Program> limitee) =>
        limitee.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Au_dela_de_la_limite_publique_l_api_repond_429_avec_retry_after_en_probleme()
    {
        await using var limitee = Limitee(publicParMinute: 5);
        using var client = Client(limitee);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Public)).StatusCode);
        using var refus = await client.GetAsync(Public);
        var probleme = await refus.ProblemeAsync((HttpStatusCode)429);
        Assert.Equal("Trop de requêtes", probleme.GetProperty("title").GetString());
        Assert.Matches("réessayez dans [0-9]+ secondes", probleme.GetProperty("detail").GetString());
        var attente = refus.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(attente ?? -1, 1, 60);
    }

    [Fact]
    public async Task Cinquante_requetes_simultanees_n_en_laissent_passer_que_la_limite()
    {
        await using var limitee = Limitee(publicParMinute: 10);
        using var client = Client(limitee);
        var reponses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetAsync(Public)));
        Assert.Equal(10, reponses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(40, reponses.Count(r => (int)r.StatusCode == 429));
        foreach (var r in reponses)
            r.Dispose();
    }

    [Fact]
    public async Task Une_personne_connectee_n_est_pas_limitee_comme_le_public()
    {
        var compte = await app.CreerCompteAsync(
            Domain.Annuaire.TypeOrganisation.Ddtm,
            Domain.Annuaire.NiveauPerimetre.Departement,
            "30",
            Domain.Annuaire.Role.Agent
        );
        await using var limitee = Limitee(publicParMinute: 2);
        using var connecte = Client(limitee);
        using var session = await connecte.PostAsJsonAsync(
            "/api/v1/session",
            new { courriel = compte.Courriel, motDePasse = compte.MotDePasse }
        );
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        using var anonyme = Client(limitee);
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await anonyme.GetAsync(Public)).StatusCode);
        Assert.Equal((HttpStatusCode)429, (await anonyme.GetAsync(Public)).StatusCode);
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await connecte.GetAsync(Public)).StatusCode);
    }

    [Fact]
    public async Task La_connexion_est_limitee_par_adresse_en_envoi_seulement()
    {
        await using var limitee = Limitee(connexionParMinute: 3);
        using var client = Client(limitee);
        for (var i = 0; i < 3; i++)
        {
            using var echec = await client.PostAsJsonAsync(
                "/api/v1/session",
                new { courriel = $"inconnu-{i}@tests.pilotis.fr", motDePasse = "Faux-Mot-2026!" }
            );
            Assert.Equal(HttpStatusCode.Unauthorized, echec.StatusCode);
        }
        using var refus = await client.PostAsJsonAsync(
            "/api/v1/session",
            new { courriel = "encore@tests.pilotis.fr", motDePasse = "Faux-Mot-2026!" }
        );
        await refus.ProblemeAsync((HttpStatusCode)429);
        // La page de connexion se lit toujours ; son envoi est refusé en page française, délai compris.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/connexion")).StatusCode);
        using var page = await client.PostAsync(
            "/connexion",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Courriel"] = "a@b.fr" })
        );
        Assert.Equal((HttpStatusCode)429, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Trop de requêtes", html);
        Assert.Matches("réessayez dans [0-9]+ secondes", html);
    }

    [Fact]
    public async Task Ma_demande_limite_les_essais_par_adresse()
    {
        await using var limitee = Limitee(maDemande: 2);
        using var client = Client(limitee);
        var formulaire = new Dictionary<string, string>
        {
            ["NumeroUnique"] = "0302526000000",
            ["DateDepot"] = "01/02/2026",
        };
        for (var i = 0; i < 2; i++)
        {
            using var essai = await client.PosterFormulaireAsync("/ma-demande", formulaire);
            Assert.Equal(HttpStatusCode.NotFound, essai.StatusCode);
        }
        using var refus = await client.PosterFormulaireAsync("/ma-demande", formulaire);
        Assert.Equal((HttpStatusCode)429, refus.StatusCode);
        Assert.NotNull(refus.Headers.RetryAfter);
        Assert.Contains("Trop de requêtes", await refus.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sans_mandataire_declare_x_forwarded_for_ne_donne_pas_une_nouvelle_limite()
    {
        await using var limitee = Limitee(publicParMinute: 2);
        Assert.Equal((HttpStatusCode)429, await TroisiemeDepuisUneAutreAdresseAsync(limitee));
    }

    [Fact]
    public async Task Derriere_un_mandataire_declare_chaque_client_a_sa_propre_limite()
    {
        await using var limitee = Limitee(publicParMinute: 2, mandataire: "192.0.2.10");
        Assert.Equal(HttpStatusCode.OK, await TroisiemeDepuisUneAutreAdresseAsync(limitee));
    }

    /// <summary>Two requests « from » 203.0.113.1, then one « from » 203.0.113.2, as X-Forwarded-For says.</summary>
    private static async Task<HttpStatusCode> TroisiemeDepuisUneAutreAdresseAsync(WebApplicationFactory<Program> app)
    {
        using var client = Client(app);
        for (var i = 0; i < 2; i++)
        {
            using var requete = new HttpRequestMessage(HttpMethod.Get, Public);
            requete.Headers.Add("X-Forwarded-For", "203.0.113.1");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(requete)).StatusCode);
        }
        using var autre = new HttpRequestMessage(HttpMethod.Get, Public);
        autre.Headers.Add("X-Forwarded-For", "203.0.113.2");
        return (await client.SendAsync(autre)).StatusCode;
    }

    /// <summary>The test server has no client address: this gives every request the one chosen by the test.</summary>
    private sealed class AdresseDistante(IPAddress adresse) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> suite) =>
            app =>
            {
                app.Use(
                    (contexte, prochain) =>
                    {
                        contexte.Connection.RemoteIpAddress = adresse;
                        return prochain(contexte);
                    }
                );
                suite(app);
            };
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class LimitesDebitSqlite(SqliteFactory app) : LimitesDebitTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class LimitesDebitPostgres(PostgresFactory app) : LimitesDebitTests(app);
