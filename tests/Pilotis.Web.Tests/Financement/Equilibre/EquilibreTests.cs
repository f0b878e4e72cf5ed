using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;

namespace Pilotis.Web.Tests.Financement.Equilibre;

/// <summary>
/// Équilibre d'opération et propositions nationales (ticket 13, point 2) : pages, contrat de l'API, paramètres datés.
/// Les opérations des tests sont programmées en 2093 sur une commune du Gard zonée 2 / B1 par le test.
/// </summary>
public abstract class EquilibreTests(PilotisFactory app)
{
    private const int Annee = 2093;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const string Commune = OutilsProduction.Nimes;

    /// <summary>
    /// Nîmes en zone 2 / B1 : semé par la démonstration (SemisZonesEquilibre), ajouté ici sur une base qui n'en a pas.
    /// </summary>
    private Task ZonerAsync() =>
        app.ExecuterAsync(async db =>
        {
            foreach (var (nature, valeur) in new[] { (NatureAttribut.Zone123, "2"), (NatureAttribut.ZoneAbc, "B1") })
            {
                if (!await db.AttributsCommunes.AnyAsync(a => a.CommuneCode == Commune && a.Nature == nature))
                    db.AttributsCommunes.Add(
                        new AttributCommune
                        {
                            CommuneCode = Commune,
                            Nature = nature,
                            Valeur = valeur,
                            ValideDepuis = new DateOnly(2020, 1, 1),
                            Source = "Test de l'équilibre d'opération",
                        }
                    );
            }
            await db.SaveChangesAsync();
        });

    /// <summary>20 PLUS de 1 360 m² SU, 450 000 € de foncier, les travaux donnés, 60 000 € de subvention.</summary>
    private async Task<Operation> OperationAsync(int bailleurId, decimal travaux, string etiquette)
    {
        await ZonerAsync();
        return await app.CreerOperationAsync(
            bailleurId,
            $"{etiquette} {travaux}",
            Commune,
            StatutOperation.ProgrammeeComplet,
            o =>
            {
                o.AnneeProgrammation = Annee;
                o.ChargeFonciere = 450_000m;
                o.CoutBatiment = travaux;
                o.Honoraires = 0m;
                o.Vrd = 0m;
                o.Lots =
                [
                    new Lot
                    {
                        Produit = Produit.Plus,
                        NombreLogements = 20,
                        SurfaceHabitable = 1_300m,
                        SurfaceAnnexes = 120m,
                    },
                ];
                o.Financements =
                [
                    new LigneFinancement { Type = TypeFinancement.SubventionEtat, Montant = 60_000m },
                    new LigneFinancement { Type = TypeFinancement.FondsPropres, Montant = 400_000m },
                    new LigneFinancement { Type = TypeFinancement.PretCdcPlus, Montant = travaux - 10_000m },
                ];
            }
        );
    }

    private Task<(string Courriel, string MotDePasse, int OrganisationId)> BailleurAsync() =>
        app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent);

    [Fact]
    public async Task Le_bailleur_compare_les_scenarios_de_son_operation_et_exporte_les_flux()
    {
        var bailleur = await BailleurAsync();
        var o = await OperationAsync(bailleur.OrganisationId, 2_100_000m, OutilsProduction.Etiquette());
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var page = await (await client.GetAsync($"/operations/{o.Id}/equilibre")).PageAsync();
        Assert.Contains("data-testid=\"comparaison-scenarios\"", page);
        foreach (var libelle in new[] { "Loi actuelle", "TVA à 5,5 % pour le PLUS", "Loyers plafonds au zonage ABC" })
            Assert.Contains(libelle, page);
        Assert.Contains("data-testid=\"flux-annuels\"", page);
        var abc = await (await client.GetAsync($"/operations/{o.Id}/equilibre?scenario=zonage-abc")).PageAsync();
        Assert.Contains("Flux de trésorerie annuels — Loyers plafonds au zonage ABC", abc);

        var csv = await client.GetAsync($"/operations/{o.Id}/equilibre?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var texte = System.Text.Encoding.UTF8.GetString(octets[3..]);
        Assert.StartsWith("Scénario;Année;Loyers;", texte, StringComparison.Ordinal);
        Assert.Equal(1 + (7 * 60), texte.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task L_equilibre_d_une_operation_d_un_autre_bailleur_est_refuse_et_un_inconnu_introuvable()
    {
        var proprietaire = await BailleurAsync();
        var autre = await BailleurAsync();
        var o = await OperationAsync(proprietaire.OrganisationId, 2_100_000m, OutilsProduction.Etiquette());
        using var client = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        DonneesProduction.AssertRefuse(await client.GetAsync($"/operations/{o.Id}/equilibre"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/operations/999999999/equilibre")).StatusCode);
        var refus = await (await client.GetAsync($"/api/v1/operations/{o.Id}/equilibre")).ProblemeAsync(
            HttpStatusCode.Forbidden
        );
        Assert.Contains("n'est pas visible", refus.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await client.GetAsync("/api/v1/operations/999999999/equilibre")).ProblemeAsync(HttpStatusCode.NotFound);
        var illisible = await (await client.GetAsync("/api/v1/operations/abc/equilibre")).ProblemeAsync(
            HttpStatusCode.BadRequest
        );
        Assert.Contains(
            "n'est pas un identifiant",
            illisible.GetProperty("detail").GetString(),
            StringComparison.Ordinal
        );
        using var anonyme = app.ClientAnonyme();
        Assert.NotEqual(HttpStatusCode.OK, (await anonyme.GetAsync($"/api/v1/operations/{o.Id}/equilibre")).StatusCode);
    }

    [Fact]
    public async Task L_api_publie_les_scenarios_de_l_operation_dans_l_ordre_du_contrat()
    {
        var bailleur = await BailleurAsync();
        var o = await OperationAsync(bailleur.OrganisationId, 2_100_000m, OutilsProduction.Etiquette());
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var json = await (await client.GetAsync($"/api/v1/operations/{o.Id}/equilibre")).JsonAsync();
        Assert.Equal(o.Id, json.GetProperty("operationId").GetInt32());
        var scenarios = json.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(
            ["loi-actuelle", "tva-5-5", "sans-garantie", "rls", "zonage-abc", "abattement-foncier", "ensemble"],
            scenarios.Select(s => s.GetProperty("code").GetString())
        );
        // 2,1 M€ de travaux : 46 379,56 € de fonds propres par logement sous la loi actuelle, au-delà du seuil de
        // 40 000 € ; le zonage ABC (B1) et l'ensemble des propositions l'équilibrent.
        Assert.Equal(
            [false, false, false, false, true, false, true],
            scenarios.Select(s => s.GetProperty("equilibree").GetBoolean())
        );
        Assert.Equal(46_379.56m, scenarios[0].GetProperty("fondsPropresParLogement").GetDecimal());
        Assert.Equal("2", scenarios[0].GetProperty("zone").GetString());
        Assert.Equal("B1", scenarios[4].GetProperty("zone").GetString());
        Assert.Equal(60, scenarios[0].GetProperty("annees").GetArrayLength());
        Assert.Equal(0m, scenarios[2].GetProperty("coutGarantie").GetDecimal());
    }

    [Fact]
    public async Task La_ddtm_compte_les_operations_equilibrees_sous_chaque_proposition()
    {
        var bailleur = await BailleurAsync();
        var etiquette = OutilsProduction.Etiquette();
        var equilibree = await OperationAsync(bailleur.OrganisationId, 1_500_000m, etiquette);
        var bascule = await OperationAsync(bailleur.OrganisationId, 2_100_000m, etiquette);
        var chere = await OperationAsync(bailleur.OrganisationId, 2_900_000m, etiquette);
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var json = await (
            await client.GetAsync($"/api/v1/financement/propositions?departement=30&annee={Annee}")
        ).JsonAsync();
        var miennes = json.GetProperty("liste")
            .EnumerateArray()
            .Where(o => o.GetProperty("nom").GetString()!.StartsWith(etiquette, StringComparison.Ordinal))
            .ToDictionary(o => o.GetProperty("id").GetInt32());
        Assert.Equal(3, miennes.Count);
        bool[] Equilibrees(int id) =>
            [
                .. miennes[id]
                    .GetProperty("scenarios")
                    .EnumerateArray()
                    .Select(s => s.GetProperty("equilibree").GetBoolean()),
            ];
        Assert.All(Equilibrees(equilibree.Id), Assert.True);
        Assert.All(Equilibrees(chere.Id), Assert.False);
        Assert.Equal([false, false, false, false, true, false, true], Equilibrees(bascule.Id));
        var synthese = json.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal("zonage-abc", synthese[4].GetProperty("code").GetString());
        Assert.True(synthese[4].GetProperty("devenuesEquilibrees").GetInt32() >= 1);
        Assert.Equal(json.GetProperty("operations").GetInt32(), json.GetProperty("liste").GetArrayLength());

        var page = await (await client.GetAsync($"/financement/propositions?annee={Annee}")).PageAsync();
        Assert.Contains("data-testid=\"synthese-propositions\"", page);
        Assert.Contains(bascule.Numero, page);
        var devenues = await (
            await client.GetAsync($"/financement/propositions?annee={Annee}&scenario=zonage-abc&filtre=devenues")
        ).PageAsync();
        Assert.Contains("Devenues équilibrées — Loyers plafonds au zonage ABC", devenues);
        Assert.Contains(bascule.Numero, devenues);
        Assert.DoesNotContain(equilibree.Numero, devenues);
        Assert.DoesNotContain(chere.Numero, devenues);
        var xlsx = await client.GetAsync($"/financement/propositions?annee={Annee}&format=xlsx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
    }

    [Theory]
    [InlineData("departement=30&annee=deux", HttpStatusCode.BadRequest, "annee")]
    [InlineData("annee=2093", HttpStatusCode.BadRequest, "departement")]
    [InlineData("departement=3O", HttpStatusCode.BadRequest, "departement")]
    [InlineData("departement=99", HttpStatusCode.BadRequest, "departement")]
    [InlineData("departement=13&annee=2093", HttpStatusCode.Forbidden, null)]
    public async Task Les_propositions_refusent_les_parametres_invalides_en_francais(
        string requete,
        HttpStatusCode statut,
        string? champ
    )
    {
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var probleme = await (await client.GetAsync($"/api/v1/financement/propositions?{requete}")).ProblemeAsync(
            statut
        );
        if (champ is not null)
            Assert.True(probleme.GetProperty("errors").TryGetProperty(champ, out _));
        Assert.False(string.IsNullOrWhiteSpace(probleme.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Un_bailleur_n_ouvre_pas_les_propositions_du_departement()
    {
        var bailleur = await BailleurAsync();
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        DonneesProduction.AssertRefuse(await client.GetAsync("/financement/propositions"));
        await (await client.GetAsync("/api/v1/financement/propositions?departement=30")).ProblemeAsync(
            HttpStatusCode.Forbidden
        );
    }

    [Fact]
    public async Task La_ddtm_ajoute_une_valeur_datee_validee_et_journalisee_que_tous_lisent()
    {
        var bailleur = await BailleurAsync();
        using (var lecteur = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse))
        {
            var liste = await (await lecteur.GetAsync("/financement/parametres")).PageAsync();
            Assert.Contains("Taux du Livret A", liste);
            Assert.Contains("à confirmer", liste);
            Assert.DoesNotContain("Nouvelle valeur", liste);
            DonneesProduction.AssertRefuse(await lecteur.GetAsync("/financement/parametres/modifier?code=livret_a"));
        }
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        const string url = "/financement/parametres/modifier?code=livret_a";
        var champs = new Dictionary<string, string>
        {
            ["Valeur"] = "cent",
            ["ValideDepuis"] = "31/02/2099",
            ["Source"] = "",
        };
        var erreurs = await (await client.PosterFormulaireAsync(url, champs)).PageAsync();
        Assert.Contains("Indiquez la valeur en % (par exemple 1,7).", erreurs);
        Assert.Contains("Le 31/02/2099 n'existe pas.", erreurs);
        Assert.Contains("Indiquez la source", erreurs);
        var source = "Arrêté de test " + Guid.NewGuid().ToString("N")[..8];
        champs = new()
        {
            ["Valeur"] = "1,25",
            ["ValideDepuis"] = "01/01/2099",
            ["Source"] = source,
        };
        var reponse = await client.PosterFormulaireAsync(url, champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var ligne = await app.ExecuterAsync(db =>
            db.ParametresFinanciers.AsNoTracking().SingleAsync(p => p.Source == source)
        );
        Assert.Equal((0.0125m, new DateOnly(2099, 1, 1), false), (ligne.Valeur, ligne.ValideDepuis, ligne.AConfirmer));
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Journal.AnyAsync(j =>
                    j.Entite == "ParametreFinancier" && j.EntiteId == ligne.Id.ToString(Inv) && j.Action == "Création"
                )
            )
        );
        var doublon = await (await client.PosterFormulaireAsync(url, champs)).PageAsync();
        Assert.Contains("Ce paramètre a déjà une valeur au 01/01/2099", doublon);
        var historique = await (await client.GetAsync("/financement/parametres?code=livret_a")).PageAsync();
        Assert.Contains(source, historique);
        Assert.Contains("1,25 %", historique);
    }

    [Fact]
    public async Task L_operation_type_se_valide_champ_par_champ_puis_se_compare()
    {
        var bailleur = await BailleurAsync();
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var formulaire = await (await client.GetAsync("/financement/equilibre")).PageAsync();
        Assert.Contains("data-testid=\"form-operation-type\"", formulaire);
        var fautive = await (
            await client.GetAsync(
                "/financement/equilibre?calculer=1&Saisie.Nature=NEUF&Saisie.Zone123=7&Saisie.ZoneAbc=B1"
                    + "&Saisie.LogementsPlus=vingt&Saisie.SurfacePlus=1360&Saisie.ChargeFonciere=&Saisie.CoutTravaux=1"
            )
        ).PageAsync();
        Assert.Contains("Choisissez la zone 1/2/3 de la commune", fautive);
        Assert.Contains("Nombre de logements PLUS : un entier entre 0 et 2000.", fautive);
        Assert.Contains("Indiquez la charge foncière en euros", fautive);
        Assert.DoesNotContain("data-testid=\"comparaison-scenarios\"", fautive);
        var calcul = await (
            await client.GetAsync(
                "/financement/equilibre?calculer=1&Saisie.Nature=NEUF&Saisie.Zone123=2&Saisie.ZoneAbc=B1"
                    + "&Saisie.LogementsPlus=20&Saisie.SurfacePlus=1360&Saisie.ChargeFonciere=450000"
                    + "&Saisie.CoutTravaux=2100000&Saisie.Subventions=60000"
            )
        ).PageAsync();
        Assert.Contains("data-testid=\"comparaison-scenarios\"", calcul);
        Assert.Contains("46 380 €", calcul.Replace('\u202f', ' ').Replace('\u00a0', ' '));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class EquilibreSqlite(SqliteFactory app) : EquilibreTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class EquilibrePostgres(PostgresFactory app) : EquilibreTests(app);
