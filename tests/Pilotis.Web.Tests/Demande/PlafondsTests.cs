using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Web.Features.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// The ceilings table (DOMAIN §4.1: a dated parameter table editable by an administrator): public page, edition by a
/// DDTM administrator only, French errors, concurrency, the API and simulator reading the stored rows, and the
/// recomputation of eligible products of the register.
/// </summary>
public abstract class PlafondsTests(PilotisFactory app)
{
    private const string Ddtm = "ddtm@demo.pilotis.fr";

    private static int _derniereAnnee = 2040;

    /// <summary>A year of its own per test (unique in the process) so rows never collide with the seed or another
    /// test.</summary>
    private static int AnneeLibre() => Interlocked.Increment(ref _derniereAnnee);

    private Task<int> AjouterLigneAsync(
        int annee,
        GeographiePlafonds geographie,
        ProduitLogement produit,
        decimal base_
    ) =>
        app.ExecuterAsync(async db =>
        {
            var ligne = new PlafondRessourcesParametre
            {
                Annee = annee,
                Geographie = geographie,
                Produit = produit,
                Categorie1 = base_,
                Categorie2 = base_ + 1000,
                Categorie3 = base_ + 2000,
                Categorie4 = base_ + 3000,
                Categorie5 = base_ + 4000,
                Categorie6 = base_ + 5000,
                ParPersonneSupplementaire = 500,
                Source = "Test",
            };
            db.PlafondsRessources.Add(ligne);
            await db.SaveChangesAsync();
            return ligne.Id;
        });

    [Fact]
    public async Task La_page_publique_montre_le_bareme_2026_avec_sa_source()
    {
        using var client = app.ClientAnonyme();
        var html = await (await client.GetAsync("/demandes/plafonds?annee=2026")).TexteAsync();
        Assert.Contains("Plafonds de ressources du logement social 2026", html);
        Assert.Contains("23 403 €", html.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("Arrêté du 19 décembre 2025", html);
        Assert.DoesNotContain("DOMAIN", html);
        Assert.DoesNotContain("/demandes/plafonds/modifier", html);
    }

    [Fact]
    public async Task Seul_un_administrateur_de_la_DDTM_modifie_le_bareme()
    {
        using var anonyme = app.ClientAnonyme();
        using var reponse = await anonyme.GetAsync("/demandes/plafonds/modifier");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Contains("/connexion", reponse.Headers.Location!.OriginalString);
        foreach (var courriel in new[] { "epci@demo.pilotis.fr", "bailleur@demo.pilotis.fr" })
        {
            using var client = await app.ClientConnecteAsync(courriel);
            await client.RefuseAsync("/demandes/plafonds/modifier");
        }
        var agent = await app.CreerCompteAsync(
            Pilotis.Domain.Annuaire.TypeOrganisation.Ddtm,
            Pilotis.Domain.Annuaire.NiveauPerimetre.Departement,
            "30",
            Pilotis.Domain.Annuaire.Role.Agent
        );
        using var clientAgent = await app.ClientConnecteAsync(agent.Courriel, agent.MotDePasse);
        await clientAgent.RefuseAsync("/demandes/plafonds/modifier");
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        var html = await (await ddtm.GetAsync("/demandes/plafonds?annee=2026")).TexteAsync();
        Assert.Contains("/demandes/plafonds/modifier?id=", html);
    }

    [Fact]
    public async Task Une_ligne_ajoutee_sert_a_l_API_et_au_simulateur()
    {
        var annee = AnneeLibre();
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        var champs = new Dictionary<string, string>
        {
            ["Annee"] = annee.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Geographie"] = "autres-regions",
            ["Produit"] = "PLUS",
            ["Categories[0]"] = "20 000",
            ["Categories[1]"] = "30 000",
            ["Categories[2]"] = "40 000",
            ["Categories[3]"] = "50 000",
            ["Categories[4]"] = "60 000",
            ["Categories[5]"] = "70 000,50",
            ["ParPersonne"] = "7 000 €",
            ["Source"] = "Arrêté de test",
        };
        using var reponse = await ddtm.PosterFormulaireAsync($"/demandes/plafonds/modifier?annee={annee}", champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var ligne = await app.ExecuterAsync(db =>
            db.PlafondsRessources.SingleAsync(p => p.Annee == annee && p.Produit == ProduitLogement.Plus)
        );
        Assert.Equal(70_000.50m, ligne.Categorie6);
        Assert.Equal(7_000m, ligne.ParPersonneSupplementaire);

        using var anonyme = app.ClientAnonyme();
        var json = await (
            await anonyme.GetAsync(
                $"/api/v1/eligibilite?annee={annee}&geographie=autres-regions&personnes=3&personnesACharge=1&"
                    + "jeuneCouple=false&handicap=false&revenuFiscalReference=40000"
            )
        ).JsonAsync();
        Assert.Equal(40_000m, json.GetProperty("plafonds").GetProperty("PLUS").GetDecimal());
        Assert.True(json.GetProperty("eligible").GetProperty("PLUS").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("plafonds").GetProperty("PLAI").ValueKind);

        var page = await (
            await anonyme.GetAsync(
                $"/eligibilite?annee={annee}&geographie=autres-regions&personnes=3&personnesACharge=1&"
                    + "revenuFiscalReference=40001"
            )
        ).TexteAsync();
        Assert.Contains("Vos revenus dépassent les plafonds du logement social.", page);
        // 40 001 € dépasse le plafond PLUS (40 000 €) : sans ligne PLAI, le PLAI est non éligible, pas « non
        // calculable » (un plafond PLAI est toujours sous le plafond PLUS ; arrêté du 29 juillet 1987).
        Assert.Contains("PLAI (plafond non renseigné dans Pilotis pour cette géographie) : vous dépassez", page);
        Assert.DoesNotContain("PLAI : plafond non disponible", page);

        // The same row twice is refused on the product field.
        using var doublon = await ddtm.PosterFormulaireAsync($"/demandes/plafonds/modifier?annee={annee}", champs);
        Assert.Contains($"Le barème {annee} a déjà une ligne PLUS", await doublon.TexteAsync());
    }

    [Fact]
    public async Task Les_erreurs_sont_en_francais_par_champ_et_rien_n_est_ecrit()
    {
        var annee = AnneeLibre();
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        using var reponse = await ddtm.PosterFormulaireAsync(
            $"/demandes/plafonds/modifier?annee={annee}",
            new Dictionary<string, string>
            {
                ["Annee"] = annee.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Geographie"] = "lune",
                ["Produit"] = "PLS",
                ["Categories[0]"] = "30 000",
                ["Categories[1]"] = "20 000",
                ["Categories[2]"] = "abc",
                ["Categories[3]"] = "50 000",
                ["Categories[4]"] = "-1",
                ["Categories[5]"] = "70 000",
                ["ParPersonne"] = "",
                ["Source"] = "",
            }
        );
        var html = await reponse.TexteAsync();
        Assert.Contains("Choisissez la géographie.", html);
        Assert.Contains("Catégorie 3 : indiquez un montant en euros.", html);
        Assert.Contains("Indiquez le montant par personne supplémentaire", html);
        Assert.Contains("value=\"abc\"", html);
        Assert.False(await app.ExecuterAsync(db => db.PlafondsRessources.AnyAsync(p => p.Annee == annee)));

        using var decroissant = await ddtm.PosterFormulaireAsync(
            $"/demandes/plafonds/modifier?annee={annee}",
            new Dictionary<string, string>
            {
                ["Annee"] = annee.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Geographie"] = "paris",
                ["Produit"] = "PLAI",
                ["Categories[0]"] = "30 000",
                ["Categories[1]"] = "20 000",
                ["Categories[2]"] = "40 000",
                ["Categories[3]"] = "50 000",
                ["Categories[4]"] = "60 000",
                ["Categories[5]"] = "70 000",
                ["ParPersonne"] = "1000",
                ["Source"] = "",
            }
        );
        var texte = await decroissant.TexteAsync();
        Assert.Contains("Catégorie 2 : le plafond ne peut pas être inférieur à celui de la catégorie 1.", texte);
        Assert.Contains("Citez la source", texte);
        Assert.False(await app.ExecuterAsync(db => db.PlafondsRessources.AnyAsync(p => p.Annee == annee)));
    }

    [Fact]
    public async Task Une_modification_concurrente_est_refusee_sans_rien_perdre()
    {
        var annee = AnneeLibre();
        var id = await AjouterLigneAsync(annee, GeographiePlafonds.IleDeFrance, ProduitLogement.Plai, 15_000);
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        var page = await (await ddtm.GetAsync($"/demandes/plafonds/modifier?id={id}")).TexteAsync();
        var jeton = OutilsSru.ChampCache(page, "form-plafond", "Jeton");
        Dictionary<string, string> Champs(string premier) =>
            new()
            {
                ["Jeton"] = jeton,
                ["Categories[0]"] = premier,
                ["Categories[1]"] = "16000",
                ["Categories[2]"] = "17000",
                ["Categories[3]"] = "18000",
                ["Categories[4]"] = "19000",
                ["Categories[5]"] = "20000",
                ["ParPersonne"] = "600",
                ["Source"] = "Arrêté corrigé",
            };
        using var premiere = await ddtm.PosterFormulaireAsync($"/demandes/plafonds/modifier?id={id}", Champs("15100"));
        Assert.Equal(HttpStatusCode.Redirect, premiere.StatusCode);
        using var seconde = await ddtm.PosterFormulaireAsync($"/demandes/plafonds/modifier?id={id}", Champs("15200"));
        var html = await seconde.TexteAsync();
        Assert.Contains("modifiée entre-temps", html);
        Assert.Contains("value=\"15200\"", html);
        Assert.Equal(
            15_100m,
            await app.ExecuterAsync(db =>
                db.PlafondsRessources.Where(p => p.Id == id).Select(p => p.Categorie1).SingleAsync()
            )
        );
    }

    [Fact]
    public async Task Le_recalcul_met_a_jour_les_produits_eligibles_des_demandes_actives()
    {
        var annee = AnneeLibre();
        foreach (
            var (produit, base_) in new[]
            {
                (ProduitLogement.Plai, 10_000m),
                (ProduitLogement.Plus, 20_000m),
                (ProduitLogement.Pls, 30_000m),
            }
        )
        {
            await AjouterLigneAsync(annee, GeographiePlafonds.AutresRegions, produit, base_);
        }
        var numero = "TEST-PLAF-" + Guid.NewGuid().ToString("N")[..10];
        // Category 3 (base + 2,000): PLAI 12,000, PLUS 22,000, PLS
        // 32,000; category 8 = 6 + 2 persons: PLUS 25,000 + 2 × 500.
        var id3 = await InsererDemandeAsync(numero + "a", 3, 21_000m);
        var id8 = await InsererDemandeAsync(numero + "b", 8, 26_000m);
        try
        {
            await app.ExecuterAsync(db =>
                PlafondModifierModel.RecalculerEligibiliteAsync(db, new DateOnly(annee, 6, 1))
            );
            var produits = await app.ExecuterAsync(db =>
                db.Demandes.Where(d => d.Id == id3 || d.Id == id8)
                    .ToDictionaryAsync(d => d.Id, d => d.ProduitsEligibles)
            );
            Assert.Equal(ProduitsEligibles.Plus | ProduitsEligibles.Pls, produits[id3]);
            Assert.Equal(ProduitsEligibles.Plus | ProduitsEligibles.Pls, produits[id8]);
        }
        finally
        {
            // Back to the ceilings in force today for the other tests of the shared database.
            await app.ExecuterAsync(db =>
                PlafondModifierModel.RecalculerEligibiliteAsync(db, DateOnly.FromDateTime(DateTime.Today))
            );
        }
    }

    private Task<long> InsererDemandeAsync(string numero, int categorie, decimal rfr) =>
        app.ExecuterAsync(async db =>
        {
            var d = new DemandeLogement
            {
                NumeroUnique = numero,
                DepartementCode = "30",
                RevenuFiscalReference = rfr,
                // Colonnes dérivées écrites à la main : les ressources retenues sont le RFR N−2 (règle générale).
                RessourcesRetenues = rfr,
                Categorie = categorie,
                DateDepot = new DateOnly(2025, 1, 15),
                DateFinValidite = new DateOnly(2026, 1, 15),
                CommunePrincipaleCode = "30189",
                TypologiePrincipale = Typologies.T3,
                TypologiesSouhaitees = Typologies.T3,
                Membres = [new MembreMenage(LienMembre.Demandeur, 40, false, false)],
                Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" }],
            };
            db.Demandes.Add(d);
            await db.SaveChangesAsync();
            return d.Id;
        });
}

[Collection(Fournisseurs.Sqlite)]
public sealed class PlafondsSqlite(SqliteFactory app) : PlafondsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class PlafondsPostgres(PostgresFactory app) : PlafondsTests(app);
