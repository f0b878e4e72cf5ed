using System.Net;
using System.Text.Json;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Production.OutilsLissage;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// Public contract of GET /api/v1/statistiques/production/lissage. Each test uses a year no other test uses
/// (the API counts every operation of the département), so figures are exact.
/// </summary>
public abstract class LissageApiTests(PilotisFactory app)
{
    private static string[] Champs(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task Contrat_exact_lots_par_mois_operation_comptee_une_fois_annulees_exclues_et_part_apres_novembre()
    {
        const int annee = 1961;
        var b = await app.CreerBailleurAsync();
        // One operation, two lots agreed the same month: counted once in March, units summed (10 + 5).
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plai, 10, J(annee, 3, 2)), new(Produit.Plus, 5, J(annee, 3, 20))]
        );
        // One operation with lots in two months: counted in both (May 4 units, November 6 units).
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plai, 4, J(annee, 5, 31)), new(Produit.Pls, 6, J(annee, 11, 1))]
        );
        // December, another operation: 15 units.
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Acompte,
            [new(Produit.Plus, 15, J(annee, 12, 31))]
        );
        // Excluded: cancelled, deleted, agreed the year before or after, not agreed, another département.
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Annulee,
            [new(Produit.Plus, 100, J(annee, 12, 1))]
        );
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Supprimee,
            [new(Produit.Plus, 100, J(annee, 3, 1))]
        );
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plus, 100, J(annee - 1, 12, 31)), new(Produit.Pls, 100, J(annee + 1, 1, 1))]
        );
        await app.CreerOperationAsync(b.OrganisationId, StatutOperation.AAgreer, [new(Produit.Plus, 100, null)]);
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plus, 7, J(annee, 12, 1))],
            commune: "34172",
            epci: "243400017",
            departement: "34"
        );

        using var client = app.ClientAnonyme();
        var corps = await (
            await client.GetAsync($"/api/v1/statistiques/production/lissage?annee={annee}&departement=30")
        ).JsonAsync();
        Assert.Equal(["annee", "mois", "logementsAgreesTotal", "partLogementsAgreesApres1erNovembre"], Champs(corps));
        Assert.Equal(annee, corps.GetProperty("annee").GetInt32());
        var mois = corps.GetProperty("mois").EnumerateArray().ToList();
        Assert.Equal(12, mois.Count);
        Assert.Equal(["mois", "operationsAgreees", "logementsAgrees"], Champs(mois[0]));
        Assert.Equal(Enumerable.Range(1, 12), mois.Select(m => m.GetProperty("mois").GetInt32()));
        int[] operations = [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1];
        int[] logements = [0, 0, 15, 0, 4, 0, 0, 0, 0, 0, 6, 15];
        Assert.Equal(operations, mois.Select(m => m.GetProperty("operationsAgreees").GetInt32()));
        Assert.Equal(logements, mois.Select(m => m.GetProperty("logementsAgrees").GetInt32()));
        Assert.Equal(40, corps.GetProperty("logementsAgreesTotal").GetInt32());
        Assert.Equal(21d / 40d, corps.GetProperty("partLogementsAgreesApres1erNovembre").GetDouble(), 10);

        // All of France adds the Hérault operation (7 units in December).
        var france = await (
            await client.GetAsync($"/api/v1/statistiques/production/lissage?annee={annee}")
        ).JsonAsync();
        Assert.Equal(47, france.GetProperty("logementsAgreesTotal").GetInt32());
        Assert.Equal(2, france.GetProperty("mois")[11].GetProperty("operationsAgreees").GetInt32());
        Assert.Equal(28d / 47d, france.GetProperty("partLogementsAgreesApres1erNovembre").GetDouble(), 10);
    }

    [Fact]
    public async Task Annee_sans_agrement_donne_douze_zeros_et_une_part_nulle()
    {
        using var client = app.ClientAnonyme();
        var corps = await (
            await client.GetAsync("/api/v1/statistiques/production/lissage?annee=1903&departement=30")
        ).JsonAsync();
        Assert.Equal(1903, corps.GetProperty("annee").GetInt32());
        var mois = corps.GetProperty("mois").EnumerateArray().ToList();
        Assert.Equal(12, mois.Count);
        Assert.All(mois, m =>
        {
            Assert.Equal(0, m.GetProperty("operationsAgreees").GetInt32());
            Assert.Equal(0, m.GetProperty("logementsAgrees").GetInt32());
        });
        Assert.Equal(0, corps.GetProperty("logementsAgreesTotal").GetInt32());
        Assert.Equal(0d, corps.GetProperty("partLogementsAgreesApres1erNovembre").GetDouble());
    }

    [Theory]
    [InlineData("", "annee", "obligatoire")]
    [InlineData("?departement=30", "annee", "obligatoire")]
    [InlineData("?annee=abc", "annee", "année entière")]
    [InlineData("?annee=2025.5", "annee", "année entière")]
    [InlineData("?annee=1899", "annee", "entre 1900 et 2100")]
    [InlineData("?annee=2101", "annee", "entre 1900 et 2100")]
    [InlineData("?annee=2025&departement=3", "departement", "n'est pas un code de département")]
    [InlineData("?annee=2025&departement=99", "departement", "Aucun département")]
    public async Task Parametres_invalides_400_en_francais(string requete, string champ, string message)
    {
        using var client = app.ClientAnonyme();
        var corps = await (await client.GetAsync("/api/v1/statistiques/production/lissage" + requete)).ProblemeAsync(
            HttpStatusCode.BadRequest
        );
        Assert.Contains(message, corps.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            message,
            corps.GetProperty("errors").GetProperty(champ)[0].GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Annuaire_des_bailleurs_actifs_du_departement_trie_par_nom_sans_donnees_personnelles()
    {
        var actif = await app.CreerBailleurAsync();
        var inactif = await app.CreerBailleurAsync();
        await app.ExecuterAsync(async db =>
        {
            var o = await db.Organisations.FindAsync(inactif.OrganisationId);
            o!.Active = false;
            await db.SaveChangesAsync();
        });
        using var client = app.ClientAnonyme();
        var corps = await (await client.GetAsync("/api/v1/organisations?type=bailleur&departement=30")).JsonAsync();
        var liste = corps.EnumerateArray().ToList();
        Assert.Contains(liste, o =>
            o.GetProperty("nom").GetString() == "Garrigues Habitat (OPH fictif)"
            && o.GetProperty("siren").GetString() == "900000019"
        );
        Assert.Contains(liste, o =>
            o.GetProperty("nom")
                .GetString()!
                .EndsWith(actif.Courriel.Split('@')[0].Replace("test-", ""), StringComparison.Ordinal)
        );
        Assert.DoesNotContain(liste, o =>
            o.GetProperty("nom")
                .GetString()!
                .EndsWith(inactif.Courriel.Split('@')[0].Replace("test-", ""), StringComparison.Ordinal)
        );
        Assert.All(liste, o =>
        {
            Assert.Equal("bailleur", o.GetProperty("type").GetString());
            Assert.Equal("30", o.GetProperty("departement").GetString());
            foreach (var champ in new[] { "siren", "nom", "type", "departement" })
                Assert.True(o.TryGetProperty(champ, out _), champ);
        });
        Assert.DoesNotContain("@", corps.GetRawText(), StringComparison.Ordinal);
        var noms = liste.Select(o => o.GetProperty("nom").GetString()!).ToList();
        Assert.Equal(
            noms.Order(
                StringComparer.Create(
                    System.Globalization.CultureInfo.GetCultureInfo("fr-FR"),
                    System.Globalization.CompareOptions.IgnoreCase
                )
            ),
            noms
        );

        var epci = await (await client.GetAsync("/api/v1/organisations?type=epci&departement=30")).JsonAsync();
        Assert.Contains(epci.EnumerateArray(), o =>
            o.GetProperty("siren").GetString() == NimesMetropole && o.GetProperty("type").GetString() == "epci"
        );
        Assert.DoesNotContain(epci.EnumerateArray(), o => o.GetProperty("type").GetString() != "epci");
    }

    [Fact]
    public async Task OpenApi_decrit_le_lissage_et_l_annuaire()
    {
        using var client = app.ClientAnonyme();
        var doc = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var chemins = doc.GetProperty("paths");
        var lissage = chemins.GetProperty("/api/v1/statistiques/production/lissage").GetProperty("get");
        Assert.Contains(
            "une opération compte une fois par mois",
            lissage.GetProperty("description").GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal(
            ["annee", "departement"],
            lissage.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString())
        );
        var annuaire = chemins.GetProperty("/api/v1/organisations").GetProperty("get");
        Assert.Contains(
            "Aucune donnée personnelle",
            annuaire.GetProperty("description").GetString(),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("?type=promoteur", "type", "Type d'organisation inconnu")]
    [InlineData("?type=bailleur&departement=999", "departement", "n'est pas un code de département")]
    [InlineData("?type=bailleur&departement=99", "departement", "Aucun département")]
    public async Task Annuaire_parametres_invalides_400_en_francais(string requete, string champ, string message)
    {
        using var client = app.ClientAnonyme();
        var corps = await (await client.GetAsync("/api/v1/organisations" + requete)).ProblemeAsync(
            HttpStatusCode.BadRequest
        );
        Assert.Contains(
            message,
            corps.GetProperty("errors").GetProperty(champ)[0].GetString(),
            StringComparison.Ordinal
        );
        Assert.Contains(message, corps.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class LissageApiSqlite(SqliteFactory app) : LissageApiTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class LissageApiPostgres(PostgresFactory app) : LissageApiTests(app);
