using System.Net;
using ClosedXML.Excel;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Demand dashboards (/demandes/tableaux): counts per commune, seniority, typology, priority and the pressure move by
/// exactly the demands a test adds; the scope follows the rights table; XLSX and CSV exports carry the same figures.
/// </summary>
public abstract class TableauxDemandeTests(PilotisFactory app)
{
    /// <summary>Aigues-Mortes: a small Gard commune, so few other demands share it.</summary>
    private const string Commune = "30003";

    private static int Entier(string texte) =>
        int.Parse(
            texte
                .Replace("\u202F", "", StringComparison.Ordinal)
                .Replace("\u00A0", "", StringComparison.Ordinal)
                .Replace(" ", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture
        );

    private async Task<Dictionary<string, int>> LireXlsxAsync(HttpClient client, string feuille)
    {
        using var reponse = await client.GetAsync($"/demandes/tableaux?handler=xlsx&commune={Commune}");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        using var classeur = new XLWorkbook(await reponse.Content.ReadAsStreamAsync());
        return classeur
            .Worksheet(feuille)
            .RowsUsed()
            .Skip(1)
            .Where(r => r.Cell(2).DataType == XLDataType.Number)
            .ToDictionary(r => r.Cell(1).GetString(), r => (int)r.Cell(2).GetDouble());
    }

    private async Task<Dictionary<string, string>> LigneCommuneCsvAsync(HttpClient client)
    {
        using var reponse = await client.GetAsync($"/demandes/tableaux?handler=csv&commune={Commune}");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var lignes = OutilsSru.LireCsv(await reponse.Content.ReadAsByteArrayAsync());
        return lignes.SingleOrDefault(l => l["Commune (code INSEE)"] == Commune)
            ?? new Dictionary<string, string>
            {
                ["Demandes actives"] = "0",
                ["Attributions 12 mois"] = "0",
                ["dont DALO"] = "0",
            };
    }

    [Fact]
    public async Task Les_compteurs_bougent_exactement_des_demandes_ajoutees()
    {
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var avant = await LireFeuillesAsync(ddtm);
        var avantCsv = await LigneCommuneCsvAsync(ddtm);

        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);
        await InsererTroisActivesEtDeuxSatisfaitesAsync(aujourdhui);

        LesFeuillesBougentDesDemandesAjoutees(avant, await LireFeuillesAsync(ddtm));
        await LaLigneDeLaCommuneBougeDesDemandesAjouteesAsync(ddtm, avantCsv, aujourdhui);

        var page = await (await ddtm.GetAsync($"/demandes/tableaux?commune={Commune}")).TexteAsync();
        Assert.Contains("Aigues-Mortes", page);
        Assert.Contains("Par ancienneté (depuis le dépôt)", page);
    }

    private static readonly string[] Feuilles = ["Synthèse", "Ancienneté", "Priorités", "Typologies"];

    private async Task<Dictionary<string, Dictionary<string, int>>> LireFeuillesAsync(HttpClient client)
    {
        var feuilles = new Dictionary<string, Dictionary<string, int>>();
        foreach (var feuille in Feuilles)
            feuilles[feuille] = await LireXlsxAsync(client, feuille);
        return feuilles;
    }

    /// <summary>
    /// À Aigues-Mortes : une DALO T2 de 2 mois, une T3 de 30 mois (violences et handicap), une T3 de 6 ans ; et deux
    /// demandes de Nîmes satisfaites à Aigues-Mortes, il y a 3 et 14 mois.
    /// </summary>
    private async Task InsererTroisActivesEtDeuxSatisfaitesAsync(DateOnly aujourdhui)
    {
        await DonneesDemande.InsererAsync(app, Commune, aujourdhui.AddMonths(-2), Typologies.T2, dalo: true);
        await DonneesDemande.InsererAsync(
            app,
            Commune,
            aujourdhui.AddMonths(-30),
            Typologies.T3,
            criteres: CriteresPrioritaires.Violences | CriteresPrioritaires.Handicap
        );
        await DonneesDemande.InsererAsync(app, Commune, aujourdhui.AddYears(-6), Typologies.T3);
        await DonneesDemande.InsererAsync(
            app,
            "30189",
            aujourdhui.AddMonths(-20),
            Typologies.T4,
            satisfaite: (aujourdhui.AddMonths(-3), Commune)
        );
        await DonneesDemande.InsererAsync(
            app,
            "30189",
            aujourdhui.AddMonths(-40),
            Typologies.T4,
            satisfaite: (aujourdhui.AddMonths(-14), Commune)
        );
    }

    private static void LesFeuillesBougentDesDemandesAjoutees(
        Dictionary<string, Dictionary<string, int>> avant,
        Dictionary<string, Dictionary<string, int>> apres
    )
    {
        var (synthese, avantSynthese) = (apres["Synthèse"], avant["Synthèse"]);
        Assert.Equal(3, synthese["Demandes actives"] - avantSynthese["Demandes actives"]);
        Assert.Equal(1, synthese["dont reconnues DALO"] - avantSynthese["dont reconnues DALO"]);
        Assert.Equal(
            1,
            synthese["dont avec un critère de priorité L441-1"]
                - avantSynthese["dont avec un critère de priorité L441-1"]
        );
        var (anciennete, avantAnciennete) = (apres["Ancienneté"], avant["Ancienneté"]);
        Assert.Equal(1, anciennete["Moins de 6 mois"] - avantAnciennete["Moins de 6 mois"]);
        Assert.Equal(1, anciennete["2 à 3 ans"] - avantAnciennete["2 à 3 ans"]);
        Assert.Equal(1, anciennete["5 ans et plus"] - avantAnciennete["5 ans et plus"]);
        var (priorites, avantPriorites) = (apres["Priorités"], avant["Priorités"]);
        Assert.Equal(
            1,
            priorites["g) Violences au sein du couple"]
                - avantPriorites.GetValueOrDefault("g) Violences au sein du couple")
        );
        Assert.Equal(1, priorites["a) Handicap"] - avantPriorites.GetValueOrDefault("a) Handicap"));
        Assert.Equal(
            1,
            priorites["Sans critère de priorité ni DALO"]
                - avantPriorites.GetValueOrDefault("Sans critère de priorité ni DALO")
        );
        Assert.Equal(2, apres["Typologies"]["T3"] - avant["Typologies"].GetValueOrDefault("T3"));
    }

    /// <summary>
    /// The commune line: 3 more pending demands, 1 more allocation in the last 12 months (the other one is 14 months
    /// old), and the pressure computed by the domain from those two figures.
    /// </summary>
    private async Task LaLigneDeLaCommuneBougeDesDemandesAjouteesAsync(
        HttpClient ddtm,
        Dictionary<string, string> avantCsv,
        DateOnly aujourdhui
    )
    {
        var csv = await LigneCommuneCsvAsync(ddtm);
        Assert.Equal(3, Entier(csv["Demandes actives"]) - Entier(avantCsv["Demandes actives"]));
        Assert.Equal(1, Entier(csv["dont DALO"]) - Entier(avantCsv["dont DALO"]));
        var attributions = await app.ExecuterAsync(db =>
            System.Threading.Tasks.Task.FromResult(
                db.Demandes.Count(d =>
                    d.Statut == StatutDemande.Satisfaite
                    && d.CommuneAttributionCode == Commune
                    && d.DateRadiation > aujourdhui.AddMonths(-12)
                )
            )
        );
        Assert.Equal(
            attributions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            csv["Attributions 12 mois"]
        );
        var actives = Entier(csv["Demandes actives"]);
        var pression = csv["Pression (demandes par attribution)"];
        Assert.Equal(
            IndicateursDemande.Pression(actives, attributions),
            pression.Length == 0
                ? null
                : decimal.Parse(pression, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))
        );
    }

    [Fact]
    public async Task Chacun_voit_son_perimetre()
    {
        await DonneesDemande.InsererAsync(
            app,
            Commune,
            DateOnly.FromDateTime(DateTime.Today).AddMonths(-5),
            Typologies.T2
        );
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            Commune,
            Role.Lecteur
        );
        using var mairie = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var synthese = await LireXlsxAsync(mairie, "Synthèse");
        var attendu = await app.ExecuterAsync(db =>
            System.Threading.Tasks.Task.FromResult(
                db.Demandes.Count(d => d.Statut == StatutDemande.Active && d.CommunePrincipaleCode == Commune)
            )
        );
        Assert.Equal(attendu, synthese["Demandes actives"]);
        // Without a commune filter the mayor still sees only his commune.
        using var sansFiltre = await mairie.GetAsync("/demandes/tableaux?handler=csv");
        var lignes = OutilsSru.LireCsv(await sansFiltre.Content.ReadAsByteArrayAsync());
        Assert.All(lignes, l => Assert.Equal(Commune, l["Commune (code INSEE)"]));

        using var anonyme = app.ClientAnonyme();
        using var redirection = await anonyme.GetAsync("/demandes/tableaux");
        Assert.Equal(HttpStatusCode.Redirect, redirection.StatusCode);
        var financeur = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "30",
            Role.Lecteur
        );
        using var clientFinanceur = await app.ClientConnecteAsync(financeur.Courriel, financeur.MotDePasse);
        await clientFinanceur.RefuseAsync("/demandes/tableaux");
    }
}

/// <summary>Demands written directly, with the derived columns computed as the application does.</summary>
public static class DonneesDemande
{
    public static Task<long> InsererAsync(
        PilotisFactory app,
        string commune,
        DateOnly depot,
        Typologies typologie,
        bool dalo = false,
        CriteresPrioritaires criteres = CriteresPrioritaires.Aucun,
        (DateOnly Date, string Commune)? satisfaite = null
    ) =>
        app.ExecuterAsync(async db =>
        {
            var referentiel = await ReferentielDemandes.ChargerAsync(db);
            var d = new DemandeLogement
            {
                NumeroUnique = "TEST-" + Guid.NewGuid().ToString("N")[..16],
                DepartementCode = "30",
                Membres =
                [
                    new MembreMenage(LienMembre.Demandeur, 35, false, false),
                    new MembreMenage(LienMembre.Enfant, 6, false, true),
                ],
                RevenuFiscalReference = 18_000m,
                RessourcesMensuelles = 1_500m,
                DateDepot = depot,
                TypologiePrincipale = typologie,
                TypologiesSouhaitees = typologie,
                Dalo = dalo,
                CriteresPrioritaires = criteres,
                Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = commune }],
            };
            if (satisfaite is { } s)
            {
                d.Statut = StatutDemande.Satisfaite;
                d.MotifRadiation = MotifRadiation.Attribution;
                d.DateRadiation = s.Date;
                d.CommuneAttributionCode = s.Commune;
            }
            referentiel.Actualiser(d, DateOnly.FromDateTime(DateTime.Today));
            db.Demandes.Add(d);
            await db.SaveChangesAsync();
            return d.Id;
        });
}

[Collection(Fournisseurs.Sqlite)]
public sealed class TableauxDemandeSqlite(SqliteFactory app) : TableauxDemandeTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class TableauxDemandePostgres(PostgresFactory app) : TableauxDemandeTests(app);
