using System.Net;
using System.Text.Json;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Demande;

/// <summary>Contrat public de GET /api/v1/eligibilite : sans authentification, plafonds 2026, erreurs par
/// champ.</summary>
public abstract class EligibiliteApiTests(PilotisFactory app)
{
    private const string Route = "/api/v1/eligibilite";
    private const string Exemple =
        "annee=2026&geographie=autres-regions&personnes=3&personnesACharge=1&jeuneCouple=false&handicap=false&"
        + "revenuFiscalReference=30000";

    private async Task<JsonElement> Obtenir(string requete)
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync($"{Route}?{requete}");
        return await reponse.JsonAsync();
    }

    [Fact]
    public async Task L_exemple_du_contrat_donne_la_categorie_3_et_les_plafonds_2026()
    {
        var r = await Obtenir(Exemple);
        Assert.Equal(3, r.GetProperty("categorie").GetInt32());
        var plafonds = r.GetProperty("plafonds");
        var eligible = r.GetProperty("eligible");
        // DOMAIN §4.1 : PLAI 22 551, PLUS 37 584, PLS = 37 584 × 1,3 = 48 859,2 → 48 859.
        Assert.Equal(
            (22551m, 37584m, 48859m),
            (
                plafonds.GetProperty("PLAI").GetDecimal(),
                plafonds.GetProperty("PLUS").GetDecimal(),
                plafonds.GetProperty("PLS").GetDecimal()
            )
        );
        Assert.Equal(
            (false, true, true),
            (
                eligible.GetProperty("PLAI").GetBoolean(),
                eligible.GetProperty("PLUS").GetBoolean(),
                eligible.GetProperty("PLS").GetBoolean()
            )
        );
    }

    [Fact]
    public async Task Une_personne_seule_est_en_categorie_1()
    {
        var r = await Obtenir("annee=2026&geographie=autres-regions&personnes=1&revenuFiscalReference=23403");
        Assert.Equal(1, r.GetProperty("categorie").GetInt32());
        Assert.Equal(23403m, r.GetProperty("plafonds").GetProperty("PLUS").GetDecimal());
        Assert.True(r.GetProperty("eligible").GetProperty("PLUS").GetBoolean()); // égal au plafond : éligible
        Assert.False(r.GetProperty("eligible").GetProperty("PLAI").GetBoolean());
    }

    [Fact]
    public async Task Un_euro_au_dessus_du_plafond_n_est_pas_eligible()
    {
        var r = await Obtenir("annee=2026&geographie=autres-regions&personnes=1&revenuFiscalReference=23404");
        Assert.False(r.GetProperty("eligible").GetProperty("PLUS").GetBoolean());
    }

    [Fact]
    public async Task Un_handicap_donne_la_categorie_d_une_personne_de_plus()
    {
        var r = await Obtenir(
            "annee=2026&geographie=autres-regions&personnes=2&handicap=true&revenuFiscalReference=30000"
        );
        Assert.Equal(3, r.GetProperty("categorie").GetInt32());
        Assert.Equal(37584m, r.GetProperty("plafonds").GetProperty("PLUS").GetDecimal());
    }

    [Fact]
    public async Task Un_jeune_couple_est_en_categorie_3()
    {
        var r = await Obtenir("annee=2026&geographie=paris&personnes=2&jeuneCouple=true&revenuFiscalReference=50000");
        Assert.Equal(3, r.GetProperty("categorie").GetInt32());
        Assert.Equal(52740m, r.GetProperty("plafonds").GetProperty("PLUS").GetDecimal());
    }

    [Fact]
    public async Task Sans_plafond_plai_connu_en_ile_de_france_le_plai_n_est_pas_calculable()
    {
        var r = await Obtenir("annee=2026&geographie=ile-de-france&personnes=1&revenuFiscalReference=20000");
        Assert.Equal(JsonValueKind.Null, r.GetProperty("plafonds").GetProperty("PLAI").ValueKind);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("eligible").GetProperty("PLAI").ValueKind);
        Assert.Equal("PLAI", r.GetProperty("nonCalculables")[0].GetString());
        Assert.Equal(26920m, r.GetProperty("plafonds").GetProperty("PLUS").GetDecimal());
    }

    // DOMAIN §4.1, arrêté du 29 juillet 1987 : au-dessus du plafond PLUS (26 920 €), le PLAI est non éligible même
    // sans plafond PLAI renseigné (il est toujours plus bas) ; il n'est plus « non calculable ».
    [Fact]
    public async Task Sans_plafond_plai_au_dessus_du_plus_le_plai_est_non_eligible()
    {
        var r = await Obtenir("annee=2026&geographie=ile-de-france&personnes=1&revenuFiscalReference=30000");
        Assert.Equal(JsonValueKind.Null, r.GetProperty("plafonds").GetProperty("PLAI").ValueKind);
        Assert.False(r.GetProperty("eligible").GetProperty("PLAI").GetBoolean());
        Assert.Equal(0, r.GetProperty("nonCalculables").GetArrayLength());
    }

    [Theory]
    [InlineData(
        "annee=2026&geographie=autres-regions&personnes=2&personnesACharge=3&revenuFiscalReference=30000",
        "personnesACharge"
    )]
    [InlineData(
        "annee=2026&geographie=autres-regions&personnes=2&personnesACharge=2&revenuFiscalReference=30000",
        "personnesACharge"
    )]
    [InlineData(
        "annee=2026&geographie=autres-regions&personnes=2&personnesACharge=-1&revenuFiscalReference=30000",
        "personnesACharge"
    )]
    [InlineData("annee=2026&geographie=autres-regions&personnes=0&revenuFiscalReference=30000", "personnes")]
    [InlineData("annee=2026&geographie=autres-regions&personnes=21&revenuFiscalReference=30000", "personnes")]
    [InlineData("annee=2026&geographie=autres-regions&personnes=3&revenuFiscalReference=-1", "revenuFiscalReference")]
    [InlineData("annee=2026&geographie=corse&personnes=3&revenuFiscalReference=30000", "geographie")]
    [InlineData("annee=2019&geographie=autres-regions&personnes=3&revenuFiscalReference=30000", "annee")]
    [InlineData(
        "annee=2026&geographie=autres-regions&personnes=1&jeuneCouple=true&revenuFiscalReference=30000",
        "jeuneCouple"
    )]
    [InlineData("annee=2026&geographie=autres-regions&personnes=trois&revenuFiscalReference=30000", "personnes")]
    [InlineData(
        "annee=2026&geographie=autres-regions&personnes=3&revenuFiscalReference=beaucoup",
        "revenuFiscalReference"
    )]
    [InlineData(
        "annee=2026&geographie=autres-regions&personnes=3&handicap=oui&revenuFiscalReference=30000",
        "handicap"
    )]
    [InlineData("geographie=autres-regions&personnes=3&revenuFiscalReference=30000", "annee")]
    [InlineData("annee=2026&personnes=3&revenuFiscalReference=30000", "geographie")]
    [InlineData("annee=2026&geographie=autres-regions&revenuFiscalReference=30000", "personnes")]
    [InlineData("annee=2026&geographie=autres-regions&personnes=3", "revenuFiscalReference")]
    public async Task Une_entree_absurde_donne_400_avec_le_champ_et_un_message_francais(string requete, string champ)
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync($"{Route}?{requete}");
        var probleme = await reponse.ProblemeAsync(HttpStatusCode.BadRequest);
        var messages = probleme.GetProperty("errors").GetProperty(champ);
        Assert.NotEqual(0, messages.GetArrayLength());
        Assert.Matches("[éèàêç]|paramètre|doit|ne peut|obligatoire|inconnue", messages[0].GetString()!);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class EligibiliteApiSqlite(SqliteFactory app) : EligibiliteApiTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class EligibiliteApiPostgres(PostgresFactory app) : EligibiliteApiTests(app);
