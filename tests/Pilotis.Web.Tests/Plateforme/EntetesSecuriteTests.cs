using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Security headers (issue 11, item 9): a real Content-Security-Policy on every page, the embeddable simulator's own
/// framing rule, and in Production HSTS, HTTPS redirection and Secure cookies.
/// </summary>
public abstract class EntetesSecuriteTests(PilotisFactory app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/territoires/communes/30189")]
    [InlineData("/connexion")]
    [InlineData("/api/v1/territoires/departements/30")]
    public async Task Chaque_reponse_porte_une_politique_de_contenu_stricte(string adresse)
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync(adresse);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var politique = string.Join(";", reponse.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", politique);
        Assert.Contains("script-src 'self'", politique);
        Assert.Contains("style-src 'self'", politique);
        Assert.Contains("frame-ancestors 'self'", politique);
        Assert.DoesNotContain("unsafe-inline", politique);
        Assert.Equal("nosniff", reponse.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Aucune_page_n_ecrit_de_script_ni_de_style_dans_ses_balises()
    {
        using var client = app.ClientAnonyme();
        foreach (var adresse in new[] { "/", "/eligibilite", "/demandes/plafonds", "/production/calendrier" })
        {
            using var reponse = await client.GetAsync(adresse);
            Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
            var html = await reponse.Content.ReadAsStringAsync();
            Assert.DoesNotMatch("<script(?![^>]*(src=|type=\"application/json\"))", html);
            Assert.DoesNotMatch("<[a-zA-Z][^<>]*\\s(style|onclick|onchange|onsubmit)=\"", html);
        }
    }

    [Fact]
    public async Task Le_simulateur_integrable_se_laisse_encadrer_et_garde_le_reste_de_la_politique()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/eligibilite?integre=true");
        var politique = string.Join(";", reponse.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors *", politique);
        Assert.Contains("script-src 'self'", politique);
    }

    [Fact]
    public async Task En_production_hsts_redirection_https_et_cookies_securises()
    {
        await using var production = app.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("https_port", "443");
        });
        using var http = production.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                BaseAddress = new Uri("http://pilotis.exemple.gouv.fr"),
            }
        );
        using var redirection = await http.GetAsync("/territoires");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirection.StatusCode);
        Assert.Equal("https://pilotis.exemple.gouv.fr/territoires", redirection.Headers.Location?.ToString());

        using var https = production.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                BaseAddress = new Uri("https://pilotis.exemple.gouv.fr"),
            }
        );
        using var page = await https.GetAsync("/connexion");
        Assert.Equal(
            "max-age=31536000; includeSubDomains",
            page.Headers.GetValues("Strict-Transport-Security").Single()
        );
        var compte = await app.CreerCompteAsync(
            Domain.Annuaire.TypeOrganisation.Ddtm,
            Domain.Annuaire.NiveauPerimetre.Departement,
            "30",
            Domain.Annuaire.Role.Lecteur
        );
        using var session = await https.PostAsJsonAsync(
            "/api/v1/session",
            new { courriel = compte.Courriel, motDePasse = compte.MotDePasse }
        );
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        var cookie = session.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pilotis="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class EntetesSecuriteSqlite(SqliteFactory app) : EntetesSecuriteTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class EntetesSecuritePostgres(PostgresFactory app) : EntetesSecuriteTests(app);
