using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Malformed requests answered 4xx in French, never 500 (issue 11, items 5 and 7): a multipart body without boundary,
/// unreadable or out-of-range query integers. The app under test runs in Development, as the README's run command.
/// </summary>
public abstract class RequetesMalformeesTests(PilotisFactory app)
{
    [Theory]
    [InlineData("taille=abc")]
    [InlineData("page=abc")]
    [InlineData("taille=99999999999")]
    [InlineData("page=-3")]
    public async Task Un_entier_illisible_dans_l_adresse_de_l_api_repond_400_en_probleme(string requete)
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/api/v1/territoires/communes?departement=30&" + requete);
        var probleme = await reponse.ProblemeAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(probleme.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("/territoires?p=-5", HttpStatusCode.OK)]
    [InlineData("/territoires?p=2147483647", HttpStatusCode.OK)]
    public async Task Un_caractere_nul_ou_une_page_impossible_ne_fait_pas_tomber_la_recherche(
        string adresse,
        HttpStatusCode attendu
    )
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync(adresse);
        Assert.Equal(attendu, reponse.StatusCode);
    }

    [Fact]
    public async Task Un_caractere_nul_envoye_a_la_base_repond_400_sur_les_deux_bases()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync(
            "/api/v1/session",
            new { courriel = "agent\u0000@tests.pilotis.fr", motDePasse = "Peu-Importe-2026!" }
        );
        await reponse.ProblemeAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/v1/sru/calcul")]
    [InlineData("/connexion")]
    [InlineData("/api/v1/session")]
    public async Task Un_formulaire_multipart_sans_frontiere_repond_4xx(string adresse)
    {
        using var client = app.ClientAnonyme();
        var corps = "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--"u8.ToArray();
        using var contenu = new ByteArrayContent(corps);
        contenu.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        using var reponse = await client.PostAsync(adresse, contenu);
        Assert.InRange((int)reponse.StatusCode, 400, 499);
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", texte);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class RequetesMalformeesSqlite(SqliteFactory app) : RequetesMalformeesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class RequetesMalformeesPostgres(PostgresFactory app) : RequetesMalformeesTests(app);
