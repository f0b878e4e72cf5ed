using System.Net;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Territoire;

/// <summary>
/// The public territories API on the imported INSEE reference (@etalab/decoupage-administratif 6.0.0).
/// </summary>
public abstract class TerritoiresApiTests(PilotisFactory app)
{
    [Fact]
    public async Task Communes_du_Gard_350_avec_code_nom_population_et_epci()
    {
        using var client = app.ClientAnonyme();
        var page = await (await client.GetAsync("/api/v1/territoires/communes?departement=30")).JsonAsync();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(350, page.GetProperty("total").GetInt32());
        Assert.Equal(350, items.Count);
        Assert.All(items, c =>
        {
            Assert.Matches("^30[0-9]{3}$", c.GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("nom").GetString()));
            Assert.True(c.GetProperty("population").GetInt32() > 0);
            Assert.Matches("^[0-9]{9}$", c.GetProperty("epci").GetString());
        });
        Assert.Equal(350, items.Select(c => c.GetProperty("code").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Commune_30189_est_Nimes()
    {
        using var client = app.ClientAnonyme();
        var nimes = await (await client.GetAsync("/api/v1/territoires/communes/30189")).JsonAsync();
        Assert.Equal("30189", nimes.GetProperty("code").GetString());
        Assert.Equal("Nîmes", nimes.GetProperty("nom").GetString());
        Assert.True(nimes.GetProperty("population").GetInt32() > 100_000);
        Assert.Equal("243000643", nimes.GetProperty("epci").GetString());
        Assert.Equal("30", nimes.GetProperty("departement").GetString());
    }

    [Fact]
    public async Task Epci_du_Gard_17_dont_Nimes_Metropole_39_communes()
    {
        using var client = app.ClientAnonyme();
        var epcis = (await (await client.GetAsync("/api/v1/territoires/epci?departement=30")).JsonAsync())
            .EnumerateArray()
            .ToList();
        Assert.Equal(17, epcis.Count);
        Assert.All(epcis, e =>
        {
            Assert.Matches("^[0-9]{9}$", e.GetProperty("siren").GetString());
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("nom").GetString()));
            Assert.True(e.GetProperty("nombreCommunes").GetInt32() > 0);
        });
        var nimes = Assert.Single(epcis, e => e.GetProperty("siren").GetString() == "243000643");
        Assert.Equal("CA de Nîmes Métropole", nimes.GetProperty("nom").GetString());
        Assert.Equal(39, nimes.GetProperty("nombreCommunes").GetInt32());
        var ales = Assert.Single(epcis, e => e.GetProperty("siren").GetString() == "200066918");
        Assert.Equal(71, ales.GetProperty("nombreCommunes").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/territoires/communes/ABCDE", "code", "code INSEE")]
    [InlineData("/api/v1/territoires/communes?departement=xx", "departement", "code de département")]
    [InlineData("/api/v1/territoires/epci?departement=xx", "departement", "code de département")]
    [InlineData("/api/v1/territoires/epci/12345", "siren", "SIREN")]
    public async Task Saisie_invalide_400_avec_message_francais_sur_le_champ(string url, string champ, string motCle)
    {
        using var client = app.ClientAnonyme();
        var probleme = await (await client.GetAsync(url)).ProblemeAsync(HttpStatusCode.BadRequest);
        var messages = probleme
            .GetProperty("errors")
            .GetProperty(champ)
            .EnumerateArray()
            .Select(m => m.GetString())
            .ToList();
        var message = Assert.Single(messages);
        Assert.Contains(motCle, message);
        Assert.Contains("n'est pas", message);
    }

    [Theory]
    [InlineData("/api/v1/territoires/communes/99999", "Aucune commune")]
    [InlineData("/api/v1/territoires/epci/999999999", "Aucun EPCI")]
    [InlineData("/api/v1/territoires/communes?departement=99", "Aucun département")]
    public async Task Code_inconnu_404_avec_message_francais(string url, string debut)
    {
        using var client = app.ClientAnonyme();
        var probleme = await (await client.GetAsync(url)).ProblemeAsync(HttpStatusCode.NotFound);
        Assert.StartsWith(debut, probleme.GetProperty("detail").GetString());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class TerritoiresApiSqlite(SqliteFactory app) : TerritoiresApiTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class TerritoiresApiPostgres(PostgresFactory app) : TerritoiresApiTests(app);
