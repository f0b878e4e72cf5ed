using System.Globalization;
using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Information;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement;
using Pilotis.Domain.Foncier;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Tests.Foncier;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;
using static Pilotis.Web.Tests.Production.OutilsLissage;

namespace Pilotis.Web.Tests.Information;

/// <summary>
/// GET /api/v1/feuille-de-route (contrat public du ticket 14, à la lettre), tableau de bord, cibles de la DDTM,
/// export XLSX, rapport au CDHH et suivi des propositions nationales.
/// </summary>
public abstract class FeuilleDeRouteTests(PilotisFactory app)
{
    /// <summary>Une année que seuls ces tests remplissent : les écarts avant/après ne dépendent que d'eux.</summary>
    private const int Annee = 2093;

    private static string Url(int annee = Annee) => $"/api/v1/feuille-de-route?annee={annee}&departement=30";

    private static decimal Valeur(JsonElement corps, string code)
    {
        foreach (var s in corps.GetProperty("solutions").EnumerateArray())
        {
            foreach (var i in s.GetProperty("indicateurs").EnumerateArray())
            {
                if (i.GetProperty("code").GetString() == code)
                    return i.GetProperty("valeur").ValueKind == JsonValueKind.Null
                        ? 0
                        : i.GetProperty("valeur").GetDecimal();
            }
        }
        throw new InvalidOperationException($"Indicateur {code} absent.");
    }

    [Fact]
    public async Task Le_contrat_public_a_la_lettre()
    {
        using var anonyme = app.ClientAnonyme();
        using var reponse = await anonyme.GetAsync(Url(2026));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var corps = await reponse.JsonAsync();
        Assert.Equal(["annee", "departement", "solutions"], corps.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2026, corps.GetProperty("annee").GetInt32());
        Assert.Equal("30", corps.GetProperty("departement").GetString());
        var solutions = corps.GetProperty("solutions").EnumerateArray().ToList();
        Assert.Equal(11, solutions.Count);
        Assert.Equal(Enumerable.Range(1, 11), solutions.Select(s => s.GetProperty("numero").GetInt32()));
        foreach (var s in solutions)
        {
            Assert.Equal(["numero", "axe", "intitule", "indicateurs"], s.EnumerateObject().Select(p => p.Name));
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("axe").GetString()));
            var indicateurs = s.GetProperty("indicateurs").EnumerateArray().ToList();
            Assert.NotEmpty(indicateurs);
            foreach (var i in indicateurs)
            {
                Assert.Equal(["code", "libelle", "valeur", "cible", "unite"], i.EnumerateObject().Select(p => p.Name));
                Assert.Contains(i.GetProperty("valeur").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
                Assert.Contains(i.GetProperty("cible").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
            }
        }
        // Les solutions 6 à 9 viennent de leurs modules (formation, concertation, page des communes, annuaire) :
        // l'API rend exactement les valeurs de leurs requêtes, sur les données de démonstration du Gard.
        var attendues = await app.ExecuterAsync(async db =>
        {
            var a = await RequetesInformation.IndicateursFeuilleDeRouteAsync(db, 2026, "30", default);
            var b = await RequetesInformationPublique.IndicateursFeuilleDeRouteAsync(db, 2026, "30", default);
            return a.Concat(b).ToDictionary(kv => kv.Key, kv => kv.Value);
        });
        Assert.Equal(8, attendues.Count);
        foreach (var i in solutions.Skip(5).Take(4).SelectMany(s => s.GetProperty("indicateurs").EnumerateArray()))
        {
            var valeur = i.GetProperty("valeur");
            Assert.Equal(
                attendues[i.GetProperty("code").GetString()!],
                valeur.ValueKind == JsonValueKind.Null ? null : valeur.GetDecimal()
            );
        }
        Assert.Contains(attendues.Values, v => v is not null);
    }

    [Theory]
    [InlineData("/api/v1/feuille-de-route?departement=30", "annee", "obligatoire")]
    [InlineData("/api/v1/feuille-de-route?annee=deux&departement=30", "annee", "année entière")]
    [InlineData("/api/v1/feuille-de-route?annee=1800&departement=30", "annee", "compris entre")]
    [InlineData("/api/v1/feuille-de-route?annee=2026", "departement", "obligatoire")]
    [InlineData("/api/v1/feuille-de-route?annee=2026&departement=999", "departement", "n'existe pas")]
    public async Task Un_parametre_faux_repond_400_en_francais(string url, string champ, string message)
    {
        using var anonyme = app.ClientAnonyme();
        var probleme = await (await anonyme.GetAsync(url)).ProblemeAsync(HttpStatusCode.BadRequest);
        Assert.Contains(message, probleme.GetProperty("errors").GetProperty(champ)[0].GetString());
    }

    [Fact]
    public async Task Les_valeurs_comptent_les_lignes_creees_S1_S2_S4_S5()
    {
        using var anonyme = app.ClientAnonyme();
        var avant = await (await anonyme.GetAsync(Url())).JsonAsync();
        await Revue_avec_trois_operations_dont_deux_aboutissent();
        await Deux_aides_locales_d_un_nouveau_financeur();
        await Deux_outils_fonciers_dans_l_annee();
        await app.CreerSiteAsync(ajuster: s => (s.CapaciteEstimee, s.DateStatut) = (11, J(Annee, 2, 1)));
        await app.CreerSiteAsync(ajuster: s =>
            (s.CapaciteEstimee, s.Statut, s.DateStatut) = (7, StatutSite.EnEtude, J(Annee, 3, 1))
        );
        var apres = await (await anonyme.GetAsync(Url())).JsonAsync();
        foreach (
            var (code, ecart) in new[]
            {
                ("S1-OPERATIONS-EXAMINEES", 3m),
                ("S1-OPERATIONS-REUSSIES", 2m),
                ("S2-AIDES-LOCALES", 2m),
                ("S2-FINANCEURS-LOCAUX", 1m),
                ("S4-OUTILS-FONCIERS", 2m),
                ("S5-LOGEMENTS-POTENTIELS", 18m),
            }
        )
            Assert.True(Valeur(avant, code) + ecart == Valeur(apres, code), $"{code} : écart attendu {ecart}.");
    }

    private async Task Revue_avec_trois_operations_dont_deux_aboutissent()
    {
        var b = await app.CreerBailleurAsync();
        var a = await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plus, 10, null)],
            completer: o => o.DateAgrement = J(Annee, 5, 1)
        );
        var c = await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Engagee,
            [new(Produit.Plus, 5, null)],
            completer: o => o.DateLivraison = J(Annee, 9, 1)
        );
        var d = await app.CreerOperationAsync(b.OrganisationId, StatutOperation.Engagee, [new(Produit.Plai, 4, null)]);
        await app.ExecuterAsync(async db =>
        {
            foreach (var id in new[] { a, c, d })
                db.Difficultes.Add(
                    new Difficulte
                    {
                        OperationId = id,
                        Categorie = CategorieBlocage.Foncier,
                        Description = "test",
                        SignaleeLe = J(Annee, 1, 15),
                        SignaleePar = "test",
                    }
                );
            await db.SaveChangesAsync();
        });
    }

    private Task Deux_aides_locales_d_un_nouveau_financeur() =>
        app.ExecuterAsync(async db =>
        {
            var financeur = "Financeur " + Guid.NewGuid().ToString("N")[..8];
            for (var i = 0; i < 2; i++)
                db.Aides.Add(
                    new Aide
                    {
                        Slug = "test-fdr-" + Guid.NewGuid().ToString("N")[..12],
                        Nom = "Aide locale de test",
                        Financeurs = [financeur],
                        Locale = true,
                        DateOuverture = J(Annee, 1, 1),
                        DateEcheance = J(Annee, 12, 31),
                    }
                );
            await db.SaveChangesAsync();
        });

    private async Task Deux_outils_fonciers_dans_l_annee()
    {
        var (commune, epci, region) = await app.CommuneAsync("30");
        await app.ExecuterAsync(async db =>
        {
            foreach (var type in new[] { TypeOutilFoncier.Zad, TypeOutilFoncier.Sms })
                db.OutilsFonciers.Add(
                    new OutilFoncier
                    {
                        Type = type,
                        Nom = "Outil de test " + Guid.NewGuid().ToString("N")[..6],
                        CommuneCode = commune,
                        EpciSiren = epci,
                        DepartementCode = "30",
                        RegionCode = region,
                        DateDebut = J(Annee, 4, 1),
                        DateFin = J(Annee, 10, 1),
                    }
                );
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task La_DDTM_fixe_une_cible_les_autres_non()
    {
        var code = "S1-OPERATIONS-REUSSIES";
        var page = $"/feuille-de-route/objectifs?code={code}&annee={Annee}&departement=30";
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var faux = await ddtm.PosterFormulaireAsync(page, new Dictionary<string, string> { ["Cible"] = "douze" });
        Assert.Equal(HttpStatusCode.OK, faux.StatusCode);
        Assert.Contains("nombre positif", await faux.Content.ReadAsStringAsync());
        var ok = await ddtm.PosterFormulaireAsync(page, new Dictionary<string, string> { ["Cible"] = "12,5" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var objectif = await app.ExecuterAsync(db =>
            db.ObjectifsFeuilleDeRoute.SingleAsync(o =>
                o.DepartementCode == "30" && o.Annee == Annee && o.CodeIndicateur == code
            )
        );
        Assert.Equal(12.5m, objectif.Cible);
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Journal.AnyAsync(j =>
                    j.Entite == nameof(ObjectifFeuilleDeRoute)
                    && j.EntiteId == objectif.Id.ToString(CultureInfo.InvariantCulture)
                )
            )
        );
        using var anonyme = app.ClientAnonyme();
        var corps = await (await anonyme.GetAsync(Url())).JsonAsync();
        var cible = corps.GetProperty("solutions")[0].GetProperty("indicateurs")[1].GetProperty("cible").GetDecimal();
        Assert.Equal(12.5m, cible);

        using var bailleur = await app.ClientConnecteAsync("bailleur@demo.pilotis.fr");
        DonneesProduction.AssertRefuse(await bailleur.GetAsync(page));
        Assert.Equal(HttpStatusCode.OK, (await bailleur.GetAsync("/feuille-de-route")).StatusCode);
        Assert.DoesNotContain(
            "data-testid=\"fixer-",
            await (await bailleur.GetAsync("/feuille-de-route")).Content.ReadAsStringAsync()
        );
        using var anonymePage = app.ClientAnonyme();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymePage.GetAsync("/feuille-de-route")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await ddtm.GetAsync("/feuille-de-route/objectifs?code=S99&annee=2026")).StatusCode
        );
    }

    [Fact]
    public async Task Export_XLSX_et_rapport_CDHH_avec_la_feuille_de_route()
    {
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        using var export = await ddtm.GetAsync($"/feuille-de-route?handler=xlsx&annee={Annee}&departement=30");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var flux = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        using var classeur = new XLWorkbook(flux);
        var feuille = classeur.Worksheet("Feuille de route");
        Assert.Equal("Code", feuille.Cell(1, 3).GetString());
        Assert.Equal((Annee - 2).ToString(CultureInfo.InvariantCulture), feuille.Cell(1, 6).GetString());
        Assert.Equal($"Cible {Annee}", feuille.Cell(1, 9).GetString());
        var codes = feuille.Column(3).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Equal(FeuilleDeRoute.Indicateurs.Count, codes.Count);
        Assert.Equal("S1-OPERATIONS-EXAMINEES", codes[0]);
        Assert.Equal("S11-CALEOL-MAIRES", codes[^1]);

        var rapport = await (
            await ddtm.GetAsync($"/revues/rapport-cdhh?annee={Annee}&departement=30")
        ).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"section-feuille-de-route\"", rapport);
        Assert.Contains("data-testid=\"solution-11\"", rapport);
        Assert.Contains("data-testid=\"indicateur-S5-LOGEMENTS-POTENTIELS\"", rapport);
        using var xlsx = await ddtm.GetAsync($"/revues/rapport-cdhh?handler=xlsx&annee={Annee}&departement=30");
        using var fluxRapport = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var classeurRapport = new XLWorkbook(fluxRapport);
        Assert.Contains("Feuille de route", classeurRapport.Worksheets.Select(f => f.Name));
    }

    [Fact]
    public async Task La_DDTM_change_le_statut_d_une_proposition_avec_historique()
    {
        var dep = "48";
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, dep, Role.Agent);
        using var ddtm = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var page = $"/feuille-de-route/propositions/2c-tva?departement={dep}";
        var faux = await ddtm.PosterFormulaireAsync(
            page,
            new Dictionary<string, string> { ["Statut"] = "vendue", ["Date"] = "01/03/2026" }
        );
        Assert.Contains("Choisissez un statut", await faux.Content.ReadAsStringAsync());
        foreach (var (statut, date) in new[] { ("portee_au_national", "01/02/2026"), ("reprise", "01/03/2026") })
        {
            var ok = await ddtm.PosterFormulaireAsync(
                page,
                new Dictionary<string, string>
                {
                    ["Statut"] = statut,
                    ["Date"] = date,
                    ["Commentaire"] = "test",
                }
            );
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }
        var liste = await (
            await ddtm.GetAsync($"/feuille-de-route/propositions?departement={dep}")
        ).Content.ReadAsStringAsync();
        Assert.Contains("Reprise", liste);
        Assert.Contains("/financement/propositions?scenario=tva-5-5", liste);
        var fiche = await (await ddtm.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("Portée au national", fiche);
        Assert.Equal(
            2,
            await app.ExecuterAsync(db =>
                db.SuivisPropositionsNationales.CountAsync(s =>
                    s.DepartementCode == dep && s.CodeProposition == "2c-tva"
                )
            )
        );
        using var bailleur = await app.ClientConnecteAsync("bailleur@demo.pilotis.fr");
        Assert.DoesNotContain(
            "form-statut",
            await (await bailleur.GetAsync("/feuille-de-route/propositions/2c-tva")).Content.ReadAsStringAsync()
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await ddtm.GetAsync("/feuille-de-route/propositions/inconnue")).StatusCode
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class FeuilleDeRouteSqlite(SqliteFactory app) : FeuilleDeRouteTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class FeuilleDeRoutePostgres(PostgresFactory app) : FeuilleDeRouteTests(app);
