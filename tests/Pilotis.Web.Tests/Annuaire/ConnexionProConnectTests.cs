using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>Connexion OpenID Connect (ProConnect) facultative, activée par la configuration.</summary>
public abstract class ConnexionProConnectTests(PilotisFactory app)
{
    [Fact]
    public async Task Sans_configuration_le_bouton_ProConnect_n_apparait_pas()
    {
        using var client = app.ClientAnonyme();
        Assert.DoesNotContain("fr-connect__brand", await client.GetStringAsync("/connexion"));
    }

    [Fact]
    public async Task Configure_le_bouton_apparait_et_un_fournisseur_injoignable_donne_un_message_francais()
    {
        // Un port fermé sur la boucle locale : la configuration OpenID ne peut pas être lue.
        using var avecOidc = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:OpenIdConnect:Authority", "http://127.0.0.1:9/proconnect");
            b.UseSetting("Authentication:OpenIdConnect:ClientId", "pilotis-tests");
        });
        using var client = avecOidc.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
        );
        var page = await client.GetStringAsync("/connexion");
        Assert.Contains("fr-connect__brand\">ProConnect", page);

        using var contenu = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Formulaires.JetonAntiforgery(page),
                ["retour"] = "/",
            }
        );
        using var reponse = await client.PostAsync("/connexion?handler=Externe", contenu);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains(
            "ProConnect est momentanément injoignable",
            WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync())
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ConnexionProConnectSqlite(SqliteFactory app) : ConnexionProConnectTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ConnexionProConnectPostgres(PostgresFactory app) : ConnexionProConnectTests(app);
