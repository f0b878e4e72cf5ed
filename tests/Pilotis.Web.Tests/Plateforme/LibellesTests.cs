using System.Net;
using System.Text.RegularExpressions;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Wording read by the public and by agents (issue 11, item 14): real legal citations without internal references,
/// French decimals, no developer paths on import pages, the service status in French.
/// </summary>
public abstract class LibellesTests(PilotisFactory app)
{
    [Fact]
    public async Task Le_simulateur_cite_l_arrete_une_fois_sans_reference_interne()
    {
        using var client = app.ClientAnonyme();
        var html = WebUtility.HtmlDecode(
            await client.GetStringAsync("/eligibilite?personnes=2&revenuFiscalReference=20000")
        );
        var sources = Regex.Match(html, "Sources : ([^<]*)").Groups[1].Value;
        Assert.Single(Regex.Matches(sources, "Arrêté du 19 décembre 2025"));
        Assert.Contains("JORF du 24 décembre 2025", sources);
        Assert.Contains("PLUS × 1,30", sources);
        Assert.DoesNotContain("DOMAIN", html);
        Assert.DoesNotContain("1.30", html);
    }

    [Theory]
    [InlineData("/operations/import")]
    [InlineData("/demandes/import")]
    [InlineData("/sru/inventaire/import")]
    public async Task Les_pages_d_import_ne_montrent_ni_chemin_ni_commande_de_developpeur(string page)
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        using var reponse = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.DoesNotContain("docs/formats", html);
        Assert.DoesNotContain("pilotis import", html);
        Assert.Contains("CSV UTF-8", html);
    }

    [Fact]
    public async Task L_etat_du_service_se_lit_en_francais_depuis_le_pied_de_page()
    {
        using var client = app.ClientAnonyme();
        var accueil = await client.GetStringAsync("/");
        Assert.Contains("href=\"/etat-du-service\"", accueil);
        using var reponse = await client.GetAsync("/etat-du-service");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Contains("Pilotis fonctionne normalement.", html);
        Assert.Contains("Base de données : répond", html);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class LibellesSqlite(SqliteFactory app) : LibellesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class LibellesPostgres(PostgresFactory app) : LibellesTests(app);
