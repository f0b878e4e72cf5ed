using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Financement.Equilibre;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;

namespace Pilotis.Bench;

/// <summary>
/// Le portefeuille lu en base (ticket 13, reliquat) : N opérations générées écrites dans une base SQLite temporaire
/// (migrée, paramètres financiers semés, zones des communes en attributs datés), puis
/// <see cref="RequetesEquilibre.PipelineAsync"/> tel que la page des propositions l'appelle — les trois lectures
/// projetées (opérations, lots, sommes du plan par type) plus paramètres et zones, puis l'équilibre sous les sept
/// scénarios. L'écriture n'est pas comptée ; la référence est la génération des mêmes N opérations en mémoire.
/// </summary>
public static class BancEquilibreBase
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static async Task MesurerAsync(
        IReadOnlyList<CommuneGeneree> communes,
        Func<CommuneGeneree, (string, string)> zones,
        int nombre,
        int repetitions
    )
    {
        var fichier = Path.Combine(Path.GetTempPath(), $"pilotis-banc-equilibre-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Sqlite, $"Data Source={fichier}");
        try
        {
            var ecriture = Stopwatch.StartNew();
            var generation = await EcrireAsync(options.Options, communes, zones, nombre);
            var tEcriture = ecriture.Elapsed.TotalSeconds;
            var lectures = new List<double>();
            var equilibrees = 0;
            for (var r = 0; r < repetitions; r++)
            {
                await using var db = new PilotisDbContext(options.Options);
                var chrono = Stopwatch.StartNew();
                var pipeline = await RequetesEquilibre.PipelineAsync(
                    db,
                    db.Operations,
                    null,
                    new DateOnly(2026, 12, 6),
                    CancellationToken.None
                );
                lectures.Add(chrono.Elapsed.TotalMilliseconds);
                equilibrees = pipeline.Count(o => o.Resultats[0].Equilibree);
            }
            var l = lectures.Order().ToList()[lectures.Count / 2];
            Console.WriteLine(
                $"Portefeuille lu en base SQLite : {nombre.ToString("N0", Fr)} opérations (écriture non comptée : "
                    + $"{tEcriture:0.0} s ; médiane de {repetitions} passages)"
            );
            Console.WriteLine(
                $"  référence (génération des opérations) : {generation / 1000:0.00} s ; trois lectures, paramètres, "
                    + $"zones et équilibre : {l / 1000:0.00} s = {l / generation:0.00} × la référence ; "
                    + $"extrapolé à 100 000 : {l / nombre * 100:0.0} s (objectif ≤ 30 s) ; "
                    + $"équilibrées sous la loi actuelle : {equilibrees}"
            );
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffixe in new[] { "", "-wal", "-shm" })
                File.Delete(fichier + suffixe);
        }
    }

    /// <summary>Écrit la base ; rend la durée (ms) de la génération des opérations, la référence.</summary>
    private static async Task<double> EcrireAsync(
        DbContextOptions<PilotisDbContext> options,
        IReadOnlyList<CommuneGeneree> communes,
        Func<CommuneGeneree, (string, string)> zones,
        int nombre
    )
    {
        List<int> bailleurs;
        await using (var db = new PilotisDbContext(options))
        {
            await db.Database.MigrateAsync();
            await SemisParametresFinanciers.SemerAsync(db, DateTimeOffset.UtcNow, CancellationToken.None);
            var organisations = Enumerable
                .Range(1, 10)
                .Select(i => new Organisation
                {
                    Nom = $"Bailleur du banc {i}",
                    Type = TypeOrganisation.Bailleur,
                    PerimetreNiveau = NiveauPerimetre.National,
                    PerimetreCode = "FR",
                    DepartementCode = "75",
                    RegionCode = "11",
                })
                .ToList();
            db.Organisations.AddRange(organisations);
            await db.SaveChangesAsync();
            bailleurs = [.. organisations.Select(o => o.Id)];
        }
        var chrono = Stopwatch.StartNew();
        var operations = new GenerateurOperations(2026)
            .Generer(
                communes,
                bailleurs,
                nombre,
                2022,
                2027,
                new DateOnly(2026, 12, 6),
                DateTimeOffset.UnixEpoch,
                "BQ-"
            )
            .ToList();
        var generation = chrono.Elapsed.TotalMilliseconds;
        foreach (var paquet in operations.Chunk(2_000))
        {
            await using var db = new PilotisDbContext(options) { JournalDetailleSuspendu = true };
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Operations.AddRange(paquet);
            await db.SaveChangesAsync();
        }
        var utilisees = operations.Select(o => o.CommuneCode).ToHashSet();
        await using (var db = new PilotisDbContext(options) { JournalDetailleSuspendu = true })
        {
            foreach (var c in communes.Where(c => utilisees.Contains(c.Code)))
            {
                var (z123, abc) = zones(c);
                db.AttributsCommunes.Add(Zone(c.Code, NatureAttribut.Zone123, z123));
                db.AttributsCommunes.Add(Zone(c.Code, NatureAttribut.ZoneAbc, abc));
            }
            await db.SaveChangesAsync();
        }
        return generation;
    }

    private static AttributCommune Zone(string commune, NatureAttribut nature, string valeur) =>
        new()
        {
            CommuneCode = commune,
            Nature = nature,
            Valeur = valeur,
            ValideDepuis = new DateOnly(2020, 1, 1),
            Source = "Banc d'essai : zonage indicatif par la population",
        };
}
