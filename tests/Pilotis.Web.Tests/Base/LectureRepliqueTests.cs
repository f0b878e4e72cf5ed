using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Base;

/// <summary>
/// La seconde chaîne de connexion <c>ConnectionStrings:PilotisLecture</c> (ADR 0019) : les statistiques publiques,
/// les tableaux de bord et les exports lisent par elle, les écritures et les autres pages par la base principale.
/// Prouvé en la faisant pointer vers une base qui n'existe pas (les lectures déportées échouent, le reste marche) et,
/// sur PostgreSQL, vers le même serveur sous un nom d'application distinct (ses connexions apparaissent dans
/// <c>pg_stat_activity</c> après une requête de statistiques).
/// </summary>
public abstract class LectureRepliqueTests(PilotisFactory app)
{
    private const string Ddtm = "ddtm@demo.pilotis.fr";

    /// <summary>Une chaîne de lecture valide pour le moteur mais vers une base absente ou vide.</summary>
    private string ChaineMauvaise() =>
        app.Fournisseur == Fournisseur.Postgres
            ? new NpgsqlConnectionStringBuilder(app.ChaineConnexion)
            {
                Database = "pilotis_lecture_absente_" + Guid.NewGuid().ToString("N")[..8],
            }.ConnectionString
            : "Data Source=" + Path.Combine(Path.GetTempPath(), $"pilotis-lecture-vide-{Guid.NewGuid():N}.db");

    private WebApplicationFactory<Program> AvecLecture(string chaine) =>
        app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:PilotisLecture", chaine));

    private static async Task<HttpStatusCode> StatutAsync(HttpClient client, string adresse)
    {
        try
        {
            using var reponse = await client.GetAsync(adresse);
            return reponse.StatusCode;
        }
        catch (Exception e) when (e is InvalidOperationException or DbException or HttpRequestException)
        {
            // Sans page d'erreur, le serveur de test relance l'exception de la requête : c'est un échec de lecture.
            return HttpStatusCode.InternalServerError;
        }
    }

    [Fact]
    public async Task Une_mauvaise_base_de_lecture_fait_echouer_les_lectures_deportees_et_rien_d_autre()
    {
        using var derivee = AvecLecture(ChaineMauvaise());
        using var anonyme = derivee.CreateClient(new() { AllowAutoRedirect = false });
        // Lecture déportée : les statistiques publiques échouent.
        Assert.Equal(
            HttpStatusCode.InternalServerError,
            await StatutAsync(anonyme, "/api/v1/statistiques/production/lissage?annee=2026")
        );
        // Le même point sur l'application d'origine (lecture par défaut = base principale) répond.
        using var origine = app.ClientAnonyme();
        Assert.Equal(
            HttpStatusCode.OK,
            await StatutAsync(origine, "/api/v1/statistiques/production/lissage?annee=2026")
        );

        // Une session s'ouvre (lecture et écriture des comptes par la base principale), le registre s'affiche, son
        // export et les tableaux de bord (lectures déportées) échouent.
        using var client = derivee.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using (
            var session = await client.PostAsJsonAsync(
                "/api/v1/session",
                new { courriel = Ddtm, motDePasse = Pilotis.Data.Demonstration.SemisDemonstration.MotDePasse }
            )
        )
            Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatutAsync(client, "/demandes"));
        Assert.Equal(HttpStatusCode.InternalServerError, await StatutAsync(client, "/demandes?format=csv"));
        Assert.Equal(HttpStatusCode.InternalServerError, await StatutAsync(client, "/demandes/tableaux"));

        // Une écriture passe par la base principale.
        await using var scope = derivee.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        var nom = $"Organisation de test lecture {Guid.NewGuid():N}";
        db.Organisations.Add(
            new Organisation
            {
                Nom = nom,
                Type = TypeOrganisation.Commune,
                PerimetreNiveau = NiveauPerimetre.Commune,
                PerimetreCode = "30189",
                DepartementCode = "30",
                RegionCode = "76",
            }
        );
        await db.SaveChangesAsync();
        Assert.True(await app.ExecuterAsync(d => d.Organisations.AnyAsync(o => o.Nom == nom)));
    }

    [Fact]
    public async Task Le_contexte_de_lecture_refuse_toute_ecriture()
    {
        var erreur = await app.AvecServicesAsync(async services =>
        {
            var lecture = services.GetRequiredService<LecturePilotis>();
            Assert.False(lecture.Db.ChangeTracker.QueryTrackingBehavior == QueryTrackingBehavior.TrackAll);
            lecture.Db.Reglages.Add(new Reglage { Cle = $"test-{Guid.NewGuid():N}", Valeur = "x" });
            return await Assert.ThrowsAsync<InvalidOperationException>(() => lecture.Db.SaveChangesAsync());
        });
        Assert.Contains("PilotisLecture", erreur.Message);
    }

    [Fact]
    public async Task Une_base_de_lecture_sur_le_meme_serveur_sert_les_statistiques()
    {
        var nomApplication = $"pilotis-lecture-{Guid.NewGuid():N}"[..30];
        var chaine =
            app.Fournisseur == Fournisseur.Postgres
                ? new NpgsqlConnectionStringBuilder(app.ChaineConnexion)
                {
                    ApplicationName = nomApplication,
                }.ConnectionString
                : app.ChaineConnexion;
        using var derivee = AvecLecture(chaine);
        using var anonyme = derivee.CreateClient(new() { AllowAutoRedirect = false });
        using var origine = app.ClientAnonyme();
        const string Adresse = "/api/v1/statistiques/production/lissage?annee=2026&departement=30";
        using var deportee = await anonyme.GetAsync(Adresse);
        using var principale = await origine.GetAsync(Adresse);
        Assert.Equal(HttpStatusCode.OK, deportee.StatusCode);
        Assert.Equal(await principale.Content.ReadAsStringAsync(), await deportee.Content.ReadAsStringAsync());
        // SQLite : la chaîne reçoit le délai d'attente par défaut du site (BaseDeDonnees.CheminSqliteAbsolu).
        Assert.StartsWith(chaine, derivee.Services.GetRequiredService<FabriqueLecture>().Chaine);
        if (app.Fournisseur != Fournisseur.Postgres)
            return;
        // La connexion de la lecture reste ouverte dans le pool de Npgsql : le serveur la voit sous son nom.
        var connexions = await app.ExecuterAsync(db =>
            db.Database.SqlQuery<int>(
                    $"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE application_name = {nomApplication}"
                )
                .SingleAsync()
        );
        Assert.True(connexions >= 1, $"aucune connexion « {nomApplication} » vue par le serveur");
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class LectureRepliqueSqlite(SqliteFactory app) : LectureRepliqueTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class LectureRepliquePostgres(PostgresFactory app) : LectureRepliqueTests(app);
