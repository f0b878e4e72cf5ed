using System.Net;
using System.Net.Http.Headers;
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
