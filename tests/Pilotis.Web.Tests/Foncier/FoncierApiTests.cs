using System.Net;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Foncier.DonneesFoncier;

namespace Pilotis.Web.Tests.Foncier;

/// <summary>
/// GET /api/v1/foncier/sites et /indicateurs : JSON pour les personnes connectées, limité à leurs droits ; 400 en
/// français pour un paramètre faux, 404 pour un EPCI inconnu, 401 sans session.
/// </summary>
public abstract class FoncierApiTests(PilotisFactory app)
{
    [Fact]
    public async Task Les_sites_d_un_EPCI()
    {
        var site = await app.CreerSiteAsync(ajuster: s => s.CapaciteEstimee = 9);
        using var client = await app.ClientConnecteAsync("epci@demo.pilotis.fr");
        var corps = await (await client.GetAsync($"/api/v1/foncier/sites?epci={NimesMetropole}")).JsonAsync();
        Assert.Equal(NimesMetropole, corps.GetProperty("epci").GetString());
        var items = corps.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(corps.GetProperty("total").GetInt32(), items.Count);
        var publie = items.Single(i => i.GetProperty("id").GetInt32() == site.Id);
        Assert.Equal(site.Identifiant, publie.GetProperty("identifiant").GetString());
        Assert.Equal($"{site.CommuneCode}000AB0012", publie.GetProperty("parcelles")[0].GetString());
        Assert.Equal("U", publie.GetProperty("zonePlu").GetString());
        Assert.Equal("identifie", publie.GetProperty("statut").GetString());
        Assert.Equal(9, publie.GetProperty("capaciteEstimee").GetInt32());

        var filtre = await (
            await client.GetAsync($"/api/v1/foncier/sites?epci={NimesMetropole}&statut=construit")
        ).JsonAsync();
        Assert.DoesNotContain(filtre.GetProperty("items").EnumerateArray(), i =>
            i.GetProperty("id").GetInt32() == site.Id
        );
        // Un agent d'Alès Agglomération ne lit pas les sites de Nîmes Métropole.
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, AlesAgglo, Role.Agent);
        using var ales = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var vide = await (await ales.GetAsync($"/api/v1/foncier/sites?epci={NimesMetropole}")).JsonAsync();
        Assert.Equal(0, vide.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/foncier/sites", "epci", "obligatoire")]
    [InlineData("/api/v1/foncier/sites?epci=abc", "epci", "n'est pas un SIREN")]
    [InlineData("/api/v1/foncier/sites?epci=243000643&statut=vendu", "statut", "Statut inconnu")]
    [InlineData("/api/v1/foncier/indicateurs?epci=243000643&debut=deux", "debut", "doit être une année")]
    [InlineData("/api/v1/foncier/indicateurs?epci=243000643&debut=2028&fin=2024", "fin", "précède")]
    public async Task Un_parametre_faux_repond_400_en_francais(string url, string champ, string message)
    {
        using var client = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var probleme = await (await client.GetAsync(url)).ProblemeAsync(HttpStatusCode.BadRequest);
        Assert.Contains(message, probleme.GetProperty("errors").GetProperty(champ)[0].GetString());
    }

    [Fact]
    public async Task EPCI_inconnu_sans_session_et_sans_droit()
    {
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        await (await ddtm.GetAsync("/api/v1/foncier/sites?epci=999999999")).ProblemeAsync(HttpStatusCode.NotFound);
        using var anonyme = app.ClientAnonyme();
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await anonyme.GetAsync($"/api/v1/foncier/sites?epci={NimesMetropole}")).StatusCode
        );
        using var bailleur = await app.ClientConnecteAsync("bailleur@demo.pilotis.fr");
        await (await bailleur.GetAsync($"/api/v1/foncier/indicateurs?epci={NimesMetropole}")).ProblemeAsync(
            HttpStatusCode.Forbidden
        );
    }

    [Fact]
    public async Task Les_indicateurs_comptent_les_sites_de_l_EPCI()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, AlesAgglo, Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var url = $"/api/v1/foncier/indicateurs?epci={AlesAgglo}&debut=2026&fin=2031";
        var avant = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal("2026-01-01", avant.GetProperty("debut").GetString());
        Assert.Equal("2031-12-31", avant.GetProperty("fin").GetString());
        await app.CreerSiteAsync(AlesAgglo, s => s.CapaciteEstimee = 11);
        await app.CreerSiteAsync(AlesAgglo, s => (s.CapaciteEstimee, s.Statut) = (5, StatutSite.EnEtude));
        var apres = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal(
            avant.GetProperty("logementsPotentiels").GetInt32() + 16,
            apres.GetProperty("logementsPotentiels").GetInt32()
        );
        Assert.Equal(avant.GetProperty("sites").GetInt32() + 2, apres.GetProperty("sites").GetInt32());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class FoncierApiSqlite(SqliteFactory app) : FoncierApiTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class FoncierApiPostgres(PostgresFactory app) : FoncierApiTests(app);
