using System.Net;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>Pages behind sign-in redirect anonymous visitors to /connexion (the API answers 401 instead).</summary>
public abstract class AccesPagesTests(PilotisFactory app)
{
    [Theory]
    [InlineData("/admin/journal")]
    [InlineData("/deconnexion")]
    public async Task Page_protegee_redirige_l_anonyme_vers_la_connexion(string page)
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var destination = reponse.Headers.Location!;
        var absolue = destination.IsAbsoluteUri ? destination : new Uri(client.BaseAddress!, destination);
        Assert.Equal("/connexion", absolue.AbsolutePath);
        Assert.Equal($"?ReturnUrl={Uri.EscapeDataString(page)}", absolue.Query);
    }

    [Fact]
    public async Task Page_de_connexion_est_publique_et_en_francais()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/connexion");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"fr\"", html);
        Assert.Contains("Mot de passe", html);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class AccesPagesSqlite(SqliteFactory app) : AccesPagesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class AccesPagesPostgres(PostgresFactory app) : AccesPagesTests(app);
