using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>
/// A wrong password takes as long for an existing account as for an unknown one (issue 11, item 3: 130 ms against
/// 3 ms before). Compared as a ratio of medians measured in the same run, interleaved, so a slow machine slows both.
/// </summary>
public abstract class TempsConnexionTests(PilotisFactory app, ITestOutputHelper sortie)
{
    [Fact]
    public async Task Un_mauvais_mot_de_passe_prend_le_meme_temps_que_le_compte_existe_ou_non()
    {
        // Quatre essais par courriel : le cinquième serait ralenti (réponse immédiate) et fausserait la mesure.
        var comptes = new List<string>();
        for (var i = 0; i < 3; i++)
            comptes.Add(
                (
                    await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, "243000643", Role.Agent)
                ).Courriel
            );
        using var client = app.ClientAnonyme();
        await EssayerAsync(client, "echauffement@tests.pilotis.fr");
        var existants = new List<double>();
        var inconnus = new List<double>();
        foreach (var courriel in comptes)
        {
            for (var essai = 0; essai < 4; essai++)
            {
                existants.Add(await EssayerAsync(client, courriel));
                inconnus.Add(await EssayerAsync(client, $"inconnu-{Guid.NewGuid():N}@tests.pilotis.fr"));
            }
        }
        var rapport = Mediane(inconnus) / Mediane(existants);
        sortie.WriteLine(
            $"Médianes sur {existants.Count} essais : inconnu {Mediane(inconnus):F1} ms, existant "
                + $"{Mediane(existants):F1} ms (rapport {rapport:F2})"
        );
        Assert.True(
            rapport is > 0.5 and < 2,
            $"Médianes : inconnu {Mediane(inconnus):F1} ms, existant {Mediane(existants):F1} ms (rapport {rapport:F2})"
        );
    }

    private static async Task<double> EssayerAsync(HttpClient client, string courriel)
    {
        var chrono = Stopwatch.StartNew();
        using var reponse = await client.PostAsJsonAsync(
            "/api/v1/session",
            new { courriel, motDePasse = "Pas-Le-Bon-Mot-2026!" }
        );
        chrono.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, reponse.StatusCode);
        return chrono.Elapsed.TotalMilliseconds;
    }

    private static double Mediane(List<double> valeurs)
    {
        var triees = valeurs.Order().ToList();
        return (triees[(triees.Count - 1) / 2] + triees[triees.Count / 2]) / 2;
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class TempsConnexionSqlite(SqliteFactory app, ITestOutputHelper sortie)
    : TempsConnexionTests(app, sortie);

[Collection(Fournisseurs.Postgres)]
public sealed class TempsConnexionPostgres(PostgresFactory app, ITestOutputHelper sortie)
    : TempsConnexionTests(app, sortie);
