using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Les données de référence gardées en mémoire (<see cref="CacheReferentiel"/>, ADR 0019) : une modification du
/// barème par l'administrateur ou du référentiel des communes est vue dès la requête suivante, sans redémarrage.
/// </summary>
public abstract class CacheReferentielTests(PilotisFactory app)
{
    private const string Ddtm = "ddtm@demo.pilotis.fr";

    private static int _derniereAnnee = 2090; // au plus 2100 (ValidationPlafonds), loin des années de PlafondsTests

    private static int AnneeLibre() => Interlocked.Increment(ref _derniereAnnee);

    private static async Task<decimal> PlafondPlaiAsync(HttpClient client, int annee)
    {
        var json = await (
            await client.GetAsync(
                $"/api/v1/eligibilite?annee={annee}&geographie=autres-regions&personnes=1&personnesACharge=0&"
                    + "jeuneCouple=false&handicap=false&revenuFiscalReference=10000"
            )
        ).JsonAsync();
        return json.GetProperty("plafonds").GetProperty("PLAI").GetDecimal();
    }

    [Fact]
    public async Task Un_plafond_modifie_par_l_administrateur_sert_a_la_requete_suivante()
    {
        var annee = AnneeLibre();
        var id = await app.ExecuterAsync(async db =>
        {
            var ligne = new PlafondRessourcesParametre
            {
                Annee = annee,
                Geographie = GeographiePlafonds.AutresRegions,
                Produit = ProduitLogement.Plai,
                Categorie1 = 15_000,
                Categorie2 = 16_000,
                Categorie3 = 17_000,
                Categorie4 = 18_000,
                Categorie5 = 19_000,
                Categorie6 = 20_000,
                ParPersonneSupplementaire = 600,
                Source = "Test du cache",
            };
            db.PlafondsRessources.Add(ligne);
            await db.SaveChangesAsync();
            return ligne.Id;
        });
        using var anonyme = app.ClientAnonyme();
        // Deux lectures : la seconde vient du cache.
        Assert.Equal(15_000m, await PlafondPlaiAsync(anonyme, annee));
        Assert.Equal(15_000m, await PlafondPlaiAsync(anonyme, annee));
        var version = await app.ExecuterAsync(db => Task.FromResult(CacheReferentiel.Version(db)));

        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        var page = await (await ddtm.GetAsync($"/demandes/plafonds/modifier?id={id}")).TexteAsync();
        var champs = new Dictionary<string, string>
        {
            ["Jeton"] = OutilsSru.ChampCache(page, "form-plafond", "Jeton"),
            ["Categories[0]"] = "15 432",
            ["Categories[1]"] = "16000",
            ["Categories[2]"] = "17000",
            ["Categories[3]"] = "18000",
            ["Categories[4]"] = "19000",
            ["Categories[5]"] = "20000",
            ["ParPersonne"] = "600",
            ["Source"] = "Arrêté corrigé",
        };
        using var reponse = await ddtm.PosterFormulaireAsync($"/demandes/plafonds/modifier?id={id}", champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);

        Assert.True(await app.ExecuterAsync(db => Task.FromResult(CacheReferentiel.Version(db))) > version);
        Assert.Equal(15_432m, await PlafondPlaiAsync(anonyme, annee));
    }

    [Fact]
    public async Task Une_commune_renommee_dans_le_referentiel_apparait_dans_le_formulaire_suivant()
    {
        // Une petite commune du Gard (la dernière par code) que les autres tests n'utilisent pas ; son nom est
        // rétabli à la fin.
        var (code, nom) = await app.ExecuterAsync(async db =>
        {
            var c = await db
                .Communes.Where(c => c.DepartementCode == "30" && c.Type == TypeCommune.Actuelle)
                .OrderByDescending(c => c.Code)
                .Select(c => new { c.Code, c.Nom })
                .FirstAsync();
            return (c.Code, c.Nom);
        });
        var nomHtml = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(nom);
        var nouveau = $"Commune renommée {Guid.NewGuid():N}"[..30];
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        var avant = await (await ddtm.GetAsync("/demandes/nouvelle")).TexteAsync();
        Assert.Contains($"<option value=\"{code}\">{nomHtml}</option>", avant);
        try
        {
            await RenommerAsync(code, nouveau);
            var apres = await (await ddtm.GetAsync("/demandes/nouvelle")).TexteAsync();
            Assert.Contains($"<option value=\"{code}\">{nouveau}</option>", apres);
            Assert.DoesNotContain($"<option value=\"{code}\">{nomHtml}</option>", apres);
            // Le référentiel des écritures de demandes voit aussi le nouveau nom.
            var communes = await app.ExecuterAsync(ReferentielDemandes.CommunesAsync);
            Assert.Equal(nouveau, communes[code].Nom);
        }
        finally
        {
            await RenommerAsync(code, nom);
        }
    }

    /// <summary>Renomme une commune comme le fait l'import du référentiel (une écriture par le contexte).</summary>
    private Task RenommerAsync(string code, string nom) =>
        app.ExecuterAsync(
            async (PilotisDbContext db) =>
            {
                var commune = await db.Communes.SingleAsync(c => c.Code == code && c.Type == TypeCommune.Actuelle);
                commune.Nom = nom;
                await db.SaveChangesAsync();
            }
        );
}

[Collection(Fournisseurs.Sqlite)]
public sealed class CacheReferentielSqlite(SqliteFactory app) : CacheReferentielTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class CacheReferentielPostgres(PostgresFactory app) : CacheReferentielTests(app);
