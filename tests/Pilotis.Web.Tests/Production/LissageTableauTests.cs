using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;
using static Pilotis.Web.Tests.Production.OutilsLissage;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// The smoothing dashboard /production/lissage: same figures as the public API, filters, scoping, export.
/// </summary>
public abstract partial class LissageTableauTests(PilotisFactory app)
{
    [GeneratedRegex("data-testid=\"(operations|logements)-(\\d+)\">(\\d+)<")]
    private static partial Regex MotifMois();

    private static Dictionary<string, int> Mois(string html) =>
        MotifMois()
            .Matches(html)
            .ToDictionary(
                m => m.Groups[1].Value + "-" + m.Groups[2].Value,
                m => int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)
            );

    [Fact]
    public async Task La_DDTM_voit_les_memes_chiffres_que_l_API_et_filtre_par_EPCI_bailleur_et_produit()
    {
        const int annee = 1964;
        var bailleur2 = await CreerOperationsEtObjectifs1964Async(annee);
        using var ddtm = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        await LaPageDonneLesChiffresDeLApiAsync(ddtm, annee);
        await LesFiltresRestreignentLesChiffresAsync(ddtm, annee, bailleur2);
        await LExportXlsxPorteLesMemesChiffresAsync(ddtm, annee);
    }

    [Fact]
    public async Task Un_bailleur_ne_voit_que_ses_operations_avec_prevision_et_alertes_liees_aux_operations()
    {
        var annee = DateTime.UtcNow.Year;
        var b = await app.CreerBailleurAsync();
        var autre = await app.CreerBailleurAsync();
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plus, 12, J(annee, 1, 1))]
        );
        await app.CreerOperationAsync(
            autre.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plus, 50, J(annee, 1, 1))]
        );
        // Low risk, expected in December: probable.
        await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.ProgrammeeComplet,
            [new(Produit.Plai, 7, null)],
            completer: CompleteAttendueEnDecembre(annee)
        );
        // An open difficulty makes the risk high: uncertain, and alerted.
        var risquee = await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.ProgrammeeComplet,
            [new(Produit.Plus, 9, null)],
            completer: CompleteAttendueEnDecembre(annee)
        );
        await SignalerUneDifficulteAsync(risquee, annee);

        using var client = await app.ClientConnecteAsync(b.Courriel, b.MotDePasse);
        var page = await (await client.GetAsync("/production/lissage")).TexteAsync();
        Assert.Contains($"<h1>Lissage des agréments {annee}</h1>", page);
        Assert.Equal(12, Mois(page)["logements-1"]);
        Assert.Contains("data-testid=\"deja-agrees\">12<", page);
        Assert.Contains("data-testid=\"probables\">7<", page);
        Assert.Contains("data-testid=\"incertains\">9<", page);
        Assert.Contains($"href=\"/operations/{risquee}\"", page);
        Assert.Contains("Manquera l'année", page);
        // The other bailleur is neither counted nor offered as a filter.
        Assert.DoesNotContain(autre.Courriel.Split('@')[0].Replace("test-", ""), page);
    }

    [Fact]
    public async Task Qui_ne_lit_pas_les_operations_est_refuse_et_l_anonyme_renvoye_a_la_connexion()
    {
        using var refuse = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Reservataire,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        await refuse.RefuseAsync("/production/lissage");
        using var anonyme = app.ClientAnonyme();
        using var redirection = await anonyme.GetAsync("/production/lissage");
        Assert.Equal(HttpStatusCode.Redirect, redirection.StatusCode);
    }

    /// <summary>
    /// b1 : PLAI 10 + PLUS 5 en février à Nîmes, PLAI 4 en juin et PLS 6 en novembre à Alès ; b2 : PLUS 20 en
    /// décembre, une annulée (99) et 8 l'année d'avant. Objectifs du Gard : PLUS 30, PLAI 18. Rend l'organisation b2.
    /// </summary>
    private async Task<int> CreerOperationsEtObjectifs1964Async(int annee)
    {
        var b1 = await app.CreerBailleurAsync();
        var b2 = await app.CreerBailleurAsync();
        await app.CreerOperationAsync(
            b1.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plai, 10, J(annee, 2, 2)), new(Produit.Plus, 5, J(annee, 2, 20))]
        );
        await app.CreerOperationAsync(
            b1.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plai, 4, J(annee, 6, 1)), new(Produit.Pls, 6, J(annee, 11, 1))],
            commune: Ales,
            epci: AlesAgglo
        );
        await app.CreerOperationAsync(
            b2.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plus, 20, J(annee, 12, 15))]
        );
        await app.CreerOperationAsync(
            b2.OrganisationId,
            StatutOperation.Annulee,
            [new(Produit.Plus, 99, J(annee, 12, 15))]
        );
        await app.CreerOperationAsync(
            b2.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plus, 8, J(annee - 1, 12, 15))]
        );
        await app.ExecuterAsync(async db =>
        {
            db.ObjectifsProgrammation.Add(Objectif(annee, Produit.Plus, 30));
            db.ObjectifsProgrammation.Add(Objectif(annee, Produit.Plai, 18));
            await db.SaveChangesAsync();
        });
        return b2.OrganisationId;
    }

    private static ObjectifProgrammation Objectif(int annee, Produit produit, int logements) =>
        new()
        {
            Annee = annee,
            DepartementCode = "30",
            Produit = produit,
            Logements = logements,
        };

    private async Task LaPageDonneLesChiffresDeLApiAsync(HttpClient ddtm, int annee)
    {
        var page = await (await ddtm.GetAsync($"/production/lissage?annee={annee}")).TexteAsync();
        using var anonyme = app.ClientAnonyme();
        var api = await (
            await anonyme.GetAsync($"/api/v1/statistiques/production/lissage?annee={annee}&departement=30")
        ).JsonAsync();
        var mois = Mois(page);
        Assert.Equal(24, mois.Count);
        foreach (var m in api.GetProperty("mois").EnumerateArray())
        {
            var n = m.GetProperty("mois").GetInt32();
            Assert.Equal(m.GetProperty("operationsAgreees").GetInt32(), mois[$"operations-{n}"]);
            Assert.Equal(m.GetProperty("logementsAgrees").GetInt32(), mois[$"logements-{n}"]);
        }
        Assert.Contains("data-testid=\"total-logements\">45<", page);
        Assert.Equal(45, api.GetProperty("logementsAgreesTotal").GetInt32());
        Assert.Contains("data-testid=\"part-novembre\">57,8 %<", page); // 26 / 45
        Assert.Contains("data-testid=\"part-1963\">100,0 %<", page);
        Assert.Contains("objectif de programmation 1964 du territoire (48 logements)", page);
        Assert.Contains("data-testid=\"objectif\">48<", page);
    }

    private static async Task LesFiltresRestreignentLesChiffresAsync(HttpClient ddtm, int annee, int bailleur2)
    {
        // EPCI filter: only the Alès operation.
        var ales = Mois(
            await (await ddtm.GetAsync($"/production/lissage?annee={annee}&epci={AlesAgglo}")).TexteAsync()
        );
        Assert.Equal(4, ales["logements-6"]);
        Assert.Equal(6, ales["logements-11"]);
        Assert.Equal(0, ales["logements-2"]);
        Assert.Equal(0, ales["logements-12"]);
        // Bailleur filter: only b2 (the cancelled one excluded); no objective for a bailleur: previous year's total.
        var pageB2 = await (
            await ddtm.GetAsync($"/production/lissage?annee={annee}&bailleur={bailleur2}")
        ).TexteAsync();
        Assert.Equal(20, Mois(pageB2)["logements-12"]);
        Assert.Equal(0, Mois(pageB2)["logements-2"]);
        Assert.Contains("la cible reprend le total agréé en 1963 (8 logements)", pageB2);
        // Product filter: PLAI lots only, objective of the product.
        var pagePlai = await (await ddtm.GetAsync($"/production/lissage?annee={annee}&produit=PLAI")).TexteAsync();
        var plai = Mois(pagePlai);
        Assert.Equal(10, plai["logements-2"]);
        Assert.Equal(1, plai["operations-2"]);
        Assert.Equal(4, plai["logements-6"]);
        Assert.Equal(0, plai["logements-11"]);
        Assert.Contains("data-testid=\"objectif\">18<", pagePlai);
    }

    /// <summary>XLSX: three sheets with the same figures.</summary>
    private static async Task LExportXlsxPorteLesMemesChiffresAsync(HttpClient ddtm, int annee)
    {
        using var export = await ddtm.GetAsync($"/production/lissage?handler=xlsx&annee={annee}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            export.Content.Headers.ContentType?.MediaType
        );
        using var flux = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        using var classeur = new XLWorkbook(flux);
        Assert.Equal(["Mois", "Années", "Alertes"], classeur.Worksheets.Select(f => f.Name));
        var feuille = classeur.Worksheet("Mois");
        Assert.Equal("Logements agréés", feuille.Cell(1, 3).GetString());
        Assert.Equal(15, feuille.Cell(3, 3).GetValue<int>());
        Assert.Equal(20, feuille.Cell(13, 3).GetValue<int>());
        Assert.Equal(45, feuille.Cell(13, 4).GetValue<int>());
        Assert.Equal(48m, feuille.Cell(13, 5).GetValue<decimal>());
        var annees = classeur.Worksheet("Années");
        Assert.Equal(1959, annees.Cell(2, 1).GetValue<int>());
        Assert.Equal(1964, annees.Cell(7, 1).GetValue<int>());
        Assert.Equal(0.5778m, annees.Cell(7, 4).GetValue<decimal>());
    }

    /// <summary>
    /// Complete dossier of the year, land, permit and financing secured, approval expected in December.
    /// </summary>
    private static Action<Operation> CompleteAttendueEnDecembre(int annee) =>
        o =>
        {
            o.AnneeProgrammation = annee;
            o.MoisAgrementPrevu = 12;
            o.FoncierMaitrise = true;
            o.Permis = EtatPermis.Obtenu;
            o.FinancementBoucle = true;
            o.DateDepot = J(annee, 1, 2);
            o.DateDossierComplet = J(annee, 1, 3);
        };

    private Task SignalerUneDifficulteAsync(int operationId, int annee) =>
        app.ExecuterAsync(async db =>
        {
            db.Difficultes.Add(
                new Difficulte
                {
                    OperationId = operationId,
                    Categorie = CategorieBlocage.Foncier,
                    Description = "Recours",
                    SignaleeLe = J(annee, 1, 5),
                    SignaleePar = "test",
                }
            );
            await db.SaveChangesAsync();
        });
}

[Collection(Fournisseurs.Sqlite)]
public sealed class LissageTableauSqlite(SqliteFactory app) : LissageTableauTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class LissageTableauPostgres(PostgresFactory app) : LissageTableauTests(app);
