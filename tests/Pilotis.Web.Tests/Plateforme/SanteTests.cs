using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>Health check, OpenAPI document and the demo banner.</summary>
public abstract class SanteTests(PilotisFactory app)
{
    [Fact]
    public async Task Health_repond_200()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("Healthy", await reponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task L_application_utilise_la_base_propre_au_fournisseur()
    {
        var (fournisseur, chaine) = await app.ExecuterAsync(db =>
            Task.FromResult((db.Database.ProviderName, db.Database.GetConnectionString()))
        );
        Assert.Equal(
            app.Fournisseur == Fournisseur.Postgres
                ? "Npgsql.EntityFrameworkCore.PostgreSQL"
                : "Microsoft.EntityFrameworkCore.Sqlite",
            fournisseur
        );
        Assert.Equal(NomDeBase(app.ChaineConnexion), NomDeBase(chaine!));
        Assert.Contains("test", NomDeBase(chaine!));
    }

    private static string NomDeBase(string chaine)
    {
        var b = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = chaine };
        return (string)(b.TryGetValue("Database", out var nom) ? nom : b["Data Source"]);
    }

    [Fact]
    public async Task OpenApi_decrit_les_routes_api_v1()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        using var doc = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString());
        var chemins = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(chemins, c => Assert.StartsWith("/api/v1/", c));
        foreach (
            var attendu in new[]
            {
                "/api/v1/territoires/communes",
                "/api/v1/territoires/communes/{code}",
                "/api/v1/territoires/epci",
                "/api/v1/territoires/departements",
                "/api/v1/session",
                "/api/v1/moi",
            }
        )
        {
            Assert.Contains(attendu, chemins);
        }
    }

    [Fact]
    public async Task Accueil_affiche_le_bandeau_de_demonstration()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("Données de démonstration", await reponse.Content.ReadAsStringAsync());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class SanteSqlite(SqliteFactory app) : SanteTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class SantePostgres(PostgresFactory app) : SanteTests(app);
