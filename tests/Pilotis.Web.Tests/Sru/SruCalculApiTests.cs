using System.Net;
using System.Net.Http.Json;
using System.Text;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Sru;

/// <summary>
/// Contrat public de POST /api/v1/sru/calcul : sans authentification, règles 2023-2025, erreurs par champ.
/// </summary>
public abstract class SruCalculApiTests(PilotisFactory app)
{
    private const string Route = "/api/v1/sru/calcul";

    [Fact]
    public async Task L_exemple_du_contrat_donne_les_chiffres_de_la_loi()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync(
            Route,
            new
            {
                residencesPrincipales = 10000,
                logementsSociaux = 1500,
                tauxCible = 0.25,
                potentielFiscalParHabitant = 900,
                depensesReellesFonctionnement = 3000000,
                depensesDeductibles = 20000,
                couverteParPlh = true,
            }
        );
        var r = await reponse.JsonAsync();
        Assert.Equal(0.15m, r.GetProperty("taux").GetDecimal());
        Assert.Equal(1000, r.GetProperty("logementsManquants").GetInt32());
        // 10 points sous la cible : 33 % du déficit (CCH L302-8) ; 30 % de PLAI au moins, 30 % de PLS au plus.
        Assert.Equal(330, r.GetProperty("objectifTriennal").GetInt32());
        Assert.Equal(99, r.GetProperty("objectifPlaiMinimum").GetInt32());
        Assert.Equal(99, r.GetProperty("objectifPlsMaximum").GetInt32());
        // 25 % × 900 € × 1 000 = 225 000 €, plafonné à 5 % × 3 000 000 € = 150 000 €, moins 20 000 € (CCH L302-7).
        Assert.Equal(225000m, r.GetProperty("prelevementBrut").GetDecimal());
        Assert.Equal(150000m, r.GetProperty("plafondPrelevement").GetDecimal());
        Assert.Equal(130000m, r.GetProperty("prelevementNet").GetDecimal());
    }

    [Fact]
    public async Task L_exemple_chiffre_du_domaine_est_retrouve()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync(
            Route,
            new
            {
                residencesPrincipales = 8000,
                logementsSociaux = 1200,
                tauxCible = 0.25,
                potentielFiscalParHabitant = 1000,
                depensesReellesFonctionnement = 100000000,
                depensesDeductibles = 80000,
                couverteParPlh = true,
            }
        );
        var r = await reponse.JsonAsync();
        Assert.Equal(
            (800, 264, 80, 79),
            (
                r.GetProperty("logementsManquants").GetInt32(),
                r.GetProperty("objectifTriennal").GetInt32(),
                r.GetProperty("objectifPlaiMinimum").GetInt32(),
                r.GetProperty("objectifPlsMaximum").GetInt32()
            )
        );
        Assert.Equal(
            (200000m, 120000m),
            (r.GetProperty("prelevementBrut").GetDecimal(), r.GetProperty("prelevementNet").GetDecimal())
        );
    }

    [Fact]
    public async Task Le_taux_plafond_fourni_remplace_les_5_pour_cent()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync(
            Route,
            new
            {
                residencesPrincipales = 10000,
                logementsSociaux = 1500,
                tauxCible = 0.25,
                potentielFiscalParHabitant = 900,
                depensesReellesFonctionnement = 3000000,
                depensesDeductibles = 0,
                couverteParPlh = true,
                tauxPlafond = 0.075,
            }
        );
        var r = await reponse.JsonAsync();
        Assert.Equal(225000m, r.GetProperty("plafondPrelevement").GetDecimal());
        Assert.Equal(225000m, r.GetProperty("prelevementNet").GetDecimal());
    }

    [Fact]
    public async Task Des_depenses_deductibles_superieures_au_prelevement_le_ramenent_a_zero()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync(
            Route,
            new
            {
                residencesPrincipales = 10000,
                logementsSociaux = 1500,
                tauxCible = 0.25,
                potentielFiscalParHabitant = 900,
                depensesReellesFonctionnement = 3000000,
                depensesDeductibles = 500000,
                couverteParPlh = false,
            }
        );
        Assert.Equal(0m, (await reponse.JsonAsync()).GetProperty("prelevementNet").GetDecimal());
    }

    [Theory]
    [InlineData(
        "{\"residencesPrincipales\": 100, \"logementsSociaux\": 1500, \"tauxCible\": 0.25, "
            + "\"potentielFiscalParHabitant\": 900, \"depensesReellesFonctionnement\": 3000000}",
        "logementsSociaux"
    )]
    [InlineData(
        "{\"residencesPrincipales\": 10000, \"logementsSociaux\": 1500, \"tauxCible\": 1.5, "
            + "\"potentielFiscalParHabitant\": 900, \"depensesReellesFonctionnement\": 3000000}",
        "tauxCible"
    )]
    [InlineData(
        "{\"residencesPrincipales\": -5, \"logementsSociaux\": 0, \"tauxCible\": 0.25, "
            + "\"potentielFiscalParHabitant\": 900, \"depensesReellesFonctionnement\": 3000000}",
        "residencesPrincipales"
    )]
    [InlineData(
        "{\"residencesPrincipales\": 10000, \"logementsSociaux\": 1500, \"tauxCible\": 0.25, "
            + "\"potentielFiscalParHabitant\": -1, \"depensesReellesFonctionnement\": 3000000}",
        "potentielFiscalParHabitant"
    )]
    [InlineData(
        "{\"logementsSociaux\": 1500, \"tauxCible\": 0.25, \"potentielFiscalParHabitant\": 900, "
            + "\"depensesReellesFonctionnement\": 3000000}",
        "residencesPrincipales"
    )]
    [InlineData("{\"residencesPrincipales\": \"dix mille\"}", "residencesPrincipales")]
    [InlineData("{pas du json", "corps")]
    public async Task Une_entree_absurde_donne_400_avec_le_champ_et_un_message_francais(string corps, string champ)
    {
        using var client = app.ClientAnonyme();
        using var contenu = new StringContent(corps, Encoding.UTF8, "application/json");
        using var reponse = await client.PostAsync(Route, contenu);
        var probleme = await reponse.ProblemeAsync(HttpStatusCode.BadRequest);
        var messages = probleme.GetProperty("errors").GetProperty(champ);
        Assert.NotEqual(0, messages.GetArrayLength());
        var message = messages[0].GetString()!;
        Assert.Matches("[éèàêç]|champ|doit|ne peut|obligatoire|invalide", message);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class SruCalculApiSqlite(SqliteFactory app) : SruCalculApiTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class SruCalculApiPostgres(PostgresFactory app) : SruCalculApiTests(app);
