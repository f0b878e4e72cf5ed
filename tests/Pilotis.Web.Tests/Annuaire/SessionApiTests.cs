using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Annuaire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>Sign-in through the API, the current user, and the progressive delay after repeated failures.</summary>
public abstract class SessionApiTests(PilotisFactory app)
{
    [Fact]
    public async Task Moi_sans_session_401_problem_json_et_pas_de_redirection()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/api/v1/moi");
        var probleme = await reponse.ProblemeAsync(HttpStatusCode.Unauthorized);
        Assert.Null(reponse.Headers.Location);
        Assert.Contains("Connectez-vous", probleme.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Moi_connecte_donne_organisation_et_roles()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var moi = await (await client.GetAsync("/api/v1/moi")).JsonAsync();
        Assert.Equal(compte.Courriel, moi.GetProperty("courriel").GetString());
        var organisation = moi.GetProperty("organisation");
        Assert.Equal(compte.OrganisationId, organisation.GetProperty("id").GetInt32());
        Assert.Equal("Bailleur", organisation.GetProperty("type").GetString());
        Assert.Equal(
            new[] { "agent" },
            moi.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray()
        );
    }

    [Fact]
    public async Task Moi_compte_de_demonstration_de_la_commune_de_Nimes()
    {
        using var client = await app.ClientConnecteAsync("commune@demo.pilotis.fr");
        var moi = await (await client.GetAsync("/api/v1/moi")).JsonAsync();
        Assert.Equal("Commune de Nîmes", moi.GetProperty("organisation").GetProperty("nom").GetString());
        Assert.Equal("30189", moi.GetProperty("organisation").GetProperty("perimetreCode").GetString());
        Assert.Equal(
            new[] { "agent" },
            moi.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray()
        );
    }

    [Fact]
    public async Task Mauvais_mot_de_passe_401_en_francais()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30007",
            Role.Lecteur
        );
        using var client = app.ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync(
            "/api/v1/session",
            new { courriel = compte.Courriel, motDePasse = "Mauvais-Mot-2026!" }
        );
        var probleme = await reponse.ProblemeAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(
            "Courriel ou mot de passe incorrect, ou compte désactivé.",
            probleme.GetProperty("detail").GetString()
        );
        Assert.False(
            reponse.Headers.TryGetValues("Set-Cookie", out var cookies)
                && cookies.Any(c => c.StartsWith("pilotis=", StringComparison.Ordinal))
        );
    }

    [Fact]
    public async Task Courriel_manquant_400_sur_le_champ_courriel()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync("/api/v1/session", new { motDePasse = "x" });
        var probleme = await reponse.ProblemeAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            "Le courriel est obligatoire.",
            probleme.GetProperty("errors").GetProperty("courriel")[0].GetString()
        );
    }

    [Fact]
    public async Task Cinq_echecs_ralentissent_le_courriel_sans_verrouiller_le_compte()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, "243000643", Role.Agent);
        using var client = app.ClientAnonyme();
        await EchouerAsync(client, compte.Courriel, 5);

        // Même le bon mot de passe attend : le délai porte sur le courriel, pas sur la justesse de l'essai.
        using var reponse = await client.PostAsJsonAsync(
            "/api/v1/session",
            new { courriel = compte.Courriel, motDePasse = compte.MotDePasse }
        );
        var probleme = await reponse.ProblemeAsync(HttpStatusCode.Unauthorized);
        Assert.Matches(
            "^Trop de tentatives infructueuses pour ce courriel : réessayez dans [0-9]+ secondes\\.$",
            probleme.GetProperty("detail").GetString()
        );
        // Aucun verrou Identity posé par des inconnus : le titulaire retrouvera son compte à la fin du délai.
        var verrouille = await app.AvecServicesAsync(async s =>
        {
            var utilisateurs = s.GetRequiredService<UserManager<Utilisateur>>();
            return await utilisateurs.IsLockedOutAsync((await utilisateurs.FindByEmailAsync(compte.Courriel))!);
        });
        Assert.False(verrouille);
    }

    [Fact]
    public async Task Un_courriel_inconnu_recoit_les_memes_reponses_qu_un_compte_existant()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, "200066918", Role.Agent);
        var inconnu = $"personne-{Guid.NewGuid():N}@tests.pilotis.fr";
        using var client = app.ClientAnonyme();
        var existant = await EchouerAsync(client, compte.Courriel, 6);
        var absent = await EchouerAsync(client, inconnu, 6);
        // Le délai restant (en secondes) peut différer d'une unité entre les deux séries : on compare le reste.
        static string SansChiffres(string? m) => System.Text.RegularExpressions.Regex.Replace(m ?? "", "[0-9]+", "N");
        Assert.Equal(existant.Select(SansChiffres), absent.Select(SansChiffres));
        Assert.Equal(ConnexionRefusee, existant[0]);
        Assert.StartsWith("Trop de tentatives infructueuses", existant[5]);
    }

    private const string ConnexionRefusee = "Courriel ou mot de passe incorrect, ou compte désactivé.";

    /// <summary>
    /// Essais avec un faux mot de passe ; renvoie le message de chaque refus (401 attendu à chaque fois).
    /// </summary>
    private static async Task<List<string?>> EchouerAsync(HttpClient client, string courriel, int essais)
    {
        var messages = new List<string?>();
        for (var essai = 1; essai <= essais; essai++)
        {
            using var echec = await client.PostAsJsonAsync(
                "/api/v1/session",
                new { courriel, motDePasse = $"Faux-{essai}-Mot2026!" }
            );
            var probleme = await echec.ProblemeAsync(HttpStatusCode.Unauthorized);
            messages.Add(probleme.GetProperty("detail").GetString());
        }
        return messages;
    }

    [Fact]
    public async Task Quatre_echecs_ne_ralentissent_pas()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, "200066918", Role.Agent);
        using var client = app.ClientAnonyme();
        for (var essai = 1; essai <= 4; essai++)
        {
            using var echec = await client.PostAsJsonAsync(
                "/api/v1/session",
                new { courriel = compte.Courriel, motDePasse = $"Faux-{essai}-Mot2026!" }
            );
            Assert.Equal(HttpStatusCode.Unauthorized, echec.StatusCode);
        }
        using var reponse = await client.PostAsJsonAsync(
            "/api/v1/session",
            new { courriel = compte.Courriel, motDePasse = compte.MotDePasse }
        );
        Assert.Equal(HttpStatusCode.NoContent, reponse.StatusCode);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class SessionApiSqlite(SqliteFactory app) : SessionApiTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class SessionApiPostgres(PostgresFactory app) : SessionApiTests(app);
