using System.Net;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>The /connexion form (with its antiforgery token), as a browser posts it.</summary>
public abstract class ConnexionPageTests(PilotisFactory app)
{
    [Fact]
    public async Task Le_formulaire_connecte_et_renvoie_vers_la_page_demandee()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, "30189", Role.Agent);
        using var client = app.ClientAnonyme();
        using var reponse = await client.PosterFormulaireAsync(
            "/connexion?ReturnUrl=%2Fdeconnexion",
            new Dictionary<string, string>
            {
                ["Courriel"] = compte.Courriel,
                ["MotDePasse"] = compte.MotDePasse,
                ["Retour"] = "/deconnexion",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal("/deconnexion", reponse.Headers.Location?.OriginalString);
        using var page = await client.GetAsync("/deconnexion");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Sans_jeton_antiforgery_le_formulaire_est_refuse()
    {
        using var client = app.ClientAnonyme();
        using var contenu = new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Courriel"] = "commune@demo.pilotis.fr", ["MotDePasse"] = "x" }
        );
        using var reponse = await client.PostAsync("/connexion", contenu);
        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
    }

    [Fact]
    public async Task Un_mauvais_mot_de_passe_reaffiche_le_formulaire_avec_un_message_francais()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, "30189", Role.Agent);
        using var client = app.ClientAnonyme();
        using var reponse = await client.PosterFormulaireAsync(
            "/connexion",
            new Dictionary<string, string> { ["Courriel"] = compte.Courriel, ["MotDePasse"] = "Pas-Le-Bon-2026!" }
        );
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Contains("Courriel ou mot de passe incorrect", html);
        Assert.Contains($"value=\"{compte.Courriel}\"", html);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ConnexionPageSqlite(SqliteFactory app) : ConnexionPageTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ConnexionPagePostgres(PostgresFactory app) : ConnexionPageTests(app);
