using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Financement.OutilsAides;

namespace Pilotis.Web.Tests.Financement;

/// <summary>
/// Le contrat public du ticket 13 : <c>GET /api/v1/aides?q=TEXTE&amp;departement=30&amp;page=1</c>, sans compte,
/// champs et règles de la recherche (virgules OU, espaces ET, accents, casse, pluriels, synonymes, département).
/// </summary>
public abstract class AidesApiTests(PilotisFactory app)
{
    private async Task<JsonElement> ChercherAsync(string requete)
    {
        using var client = app.ClientAnonyme();
        return await (await client.GetAsync($"/api/v1/aides?{requete}")).JsonAsync();
    }

    private async Task<List<long?>> IdsAsync(string requete) =>
        (await ChercherAsync(requete))
            .GetProperty("items")
            .EnumerateArray()
            .Select(i =>
                i.GetProperty("id").ValueKind == JsonValueKind.Null ? (long?)null : i.GetProperty("id").GetInt64()
            )
            .ToList();

    [Fact]
    public async Task Chaque_champ_du_contrat_est_rendu_sans_compte()
    {
        var mot = MotUnique();
        var a = Aide(NouvelId(), $"Aide {mot} au logement", perimetre: "Gard");
        a["financers"] = new JsonArray("Département du Gard", "Banque des Territoires");
        a["aid_types"] = new JsonArray("Subvention", "Prêt");
        a["submission_deadline"] = "2027-06-30";
        Assert.Equal(0, (await app.ImporterAsync(Page(a))).Code);

        var corps = await ChercherAsync($"q={mot}&departement=30&page=1");
        Assert.Equal(1, corps.GetProperty("total").GetInt32());
        var item = Assert.Single(corps.GetProperty("items").EnumerateArray());
        Assert.Equal(a["id"]!.GetValue<long>(), item.GetProperty("id").GetInt64());
        Assert.Equal($"test-{a["id"]}", item.GetProperty("slug").GetString());
        Assert.Equal($"Aide {mot} au logement", item.GetProperty("nom").GetString());
        Assert.Equal(
            new[] { "Département du Gard", "Banque des Territoires" },
            item.GetProperty("financeurs").EnumerateArray().Select(x => x.GetString()!).ToArray()
        );
        Assert.Equal("Gard", item.GetProperty("perimetre").GetString());
        Assert.Equal(
            new[] { "Subvention", "Prêt" },
            item.GetProperty("typesAide").EnumerateArray().Select(x => x.GetString()!).ToArray()
        );
        Assert.Equal("2027-06-30", item.GetProperty("dateEcheance").GetString());
        Assert.EndsWith($"/aides/test-{a["id"]}", item.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http", item.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Virgules_OU_espaces_ET_accents_casse_et_pluriels_ignores()
    {
        var (m1, m2) = (MotUnique(), MotUnique());
        var x = Aide(NouvelId(), $"Rénovation {m1} des logements");
        var y = Aide(NouvelId(), $"Construction {m2}", description: $"<p>Opérations de réhabilitation {m1}.</p>");
        var z = Aide(NouvelId(), $"Étude {m2} foncière");
        Assert.Equal(0, (await app.ImporterAsync(Tableau(x, y, z))).Code);
        var (ix, iy, iz) = (x["id"]!.GetValue<long>(), y["id"]!.GetValue<long>(), z["id"]!.GetValue<long>());

        // Espaces = ET ; le nom pèse plus que la description : x (nom) avant y (description).
        Assert.Equal([ix, iy], await IdsAsync($"q={m1}"));
        Assert.Equal([iy], await IdsAsync($"q={m1} {m2}"));
        // Virgules = OU.
        Assert.Equal(new[] { ix, iy, iz }.Order(), (await IdsAsync($"q={m1}, {m2}")).Select(i => i!.Value).Order());
        // Accents, casse et pluriels : « RENOVATIONS » et « logement » trouvent « Rénovation … des logements » (et y,
        // par le synonyme « réhabilitation », plus bas : dans sa description seulement).
        Assert.Equal([ix, iy], await IdsAsync($"q=RENOVATIONS {m1.ToUpperInvariant()} logement"));
        Assert.Equal([iz], await IdsAsync($"q={m2} fonciers"));
    }

    [Fact]
    public async Task Les_synonymes_du_logement_social_sont_appliques()
    {
        var mot = MotUnique();
        var a = Aide(NouvelId(), $"Prêt locatif aidé d'intégration {mot}");
        var b = Aide(NouvelId(), $"Acquisitions en VEFA {mot}");
        Assert.Equal(0, (await app.ImporterAsync(Tableau(a, b))).Code);
        Assert.Equal([a["id"]!.GetValue<long>()], await IdsAsync($"q=PLAI {mot}"));
        Assert.Equal([b["id"]!.GetValue<long>()], await IdsAsync($"q=vente en l'état futur d'achèvement {mot}"));
    }

    [Fact]
    public async Task Le_departement_garde_France_sa_region_lui_meme_et_ses_EPCI_et_communes()
    {
        var mot = MotUnique();
        string[] perimetres =
        [
            "France",
            "Occitanie",
            "Gard",
            "CA de Nîmes Métropole",
            "Nîmes",
            "Hérault",
            "Lozère",
            "Auvergne-Rhône-Alpes",
            "Périmètre inconnu",
        ];
        var aides = perimetres.Select(p => Aide(NouvelId(), $"Aide {mot} {p}", perimetre: p)).ToArray();
        Assert.Equal(0, (await app.ImporterAsync(Tableau(aides))).Code);
        var gardees = (await IdsAsync($"q={mot}&departement=30")).Select(i => i!.Value).ToHashSet();
        var attendues = aides.Take(5).Select(a => a["id"]!.GetValue<long>()).ToHashSet();
        Assert.Equal(attendues, gardees);
        // Sans département, toutes ; le territoire passe devant : le Gard puis sa région puis la France.
        Assert.Equal(9, (await ChercherAsync($"q={mot}")).GetProperty("total").GetInt32());
        // Le département, ses EPCI et communes (bonus « département »), puis la région, puis la France.
        var ordre = (await IdsAsync($"q={mot}&departement=30")).Select(i => i!.Value).ToList();
        long Id(int i) => aides[i]["id"]!.GetValue<long>();
        Assert.Equal(new[] { Id(2), Id(3), Id(4) }.ToHashSet(), ordre.Take(3).ToHashSet());
        Assert.Equal([Id(1), Id(0)], ordre.Skip(3));
    }

    [Fact]
    public async Task La_pagination_decoupe_les_resultats_dans_l_ordre()
    {
        var mot = MotUnique();
        var aides = Enumerable.Range(1, 25).Select(i => Aide(NouvelId(), $"Aide {mot} {i:00}")).ToArray();
        Assert.Equal(0, (await app.ImporterAsync(Tableau(aides))).Code);
        var p1 = await IdsAsync($"q={mot}&page=1");
        var p2 = await IdsAsync($"q={mot}&page=2");
        Assert.Equal(20, p1.Count);
        Assert.Equal(5, p2.Count);
        Assert.Empty(p1.Intersect(p2));
        Assert.Equal(25, (await ChercherAsync($"q={mot}&page=2")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("departement=3000", "departement", "n'est pas un code de département")]
    [InlineData("departement=99", "departement", "Aucun département de code « 99 »")]
    [InlineData("page=0", "page", "La page commence à 1.")]
    [InlineData("taille=500", "taille", "La taille de page doit être comprise entre 1 et 100.")]
    public async Task Un_parametre_faux_rend_400_en_francais(string requete, string champ, string message)
    {
        using var client = app.ClientAnonyme();
        var corps = await (await client.GetAsync($"/api/v1/aides?{requete}")).ProblemeAsync(HttpStatusCode.BadRequest);
        Assert.Contains(
            message,
            corps.GetProperty("errors").GetProperty(champ)[0].GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Une_requete_trop_longue_ou_une_page_non_numerique_rend_400()
    {
        using var client = app.ClientAnonyme();
        var corps = await (await client.GetAsync($"/api/v1/aides?q={new string('a', 201)}")).ProblemeAsync(
            HttpStatusCode.BadRequest
        );
        Assert.Contains("200 caractères au plus", corps.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await client.GetAsync("/api/v1/aides?page=abc")).ProblemeAsync(HttpStatusCode.BadRequest);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class AidesApiSqlite(SqliteFactory app) : AidesApiTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class AidesApiPostgres(PostgresFactory app) : AidesApiTests(app);
