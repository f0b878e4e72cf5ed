using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Territoire;

namespace Pilotis.Bench;

/// <summary>
/// Import du référentiel territorial seul, sur une base SQLite neuve, rapporté à une référence : la simple lecture
/// (désérialisation JSON) des mêmes fichiers. Mesure aussi le réimport sans changement.
/// </summary>
public static class BancReferentiel
{
    public static async Task<int> ExecuterAsync(string[] args)
    {
        var repetitions =
            args.Length >= 2 && args[0] == "--repetitions"
                ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)
                : 3;
        var dossier = SourceReferentiel.Localiser(null, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var lecture = new List<double>();
        var import = new List<double>();
        var reimport = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            lecture.Add(
                await MesurerAsync(async () =>
                {
                    foreach (var f in new[] { "regions.json", "departements.json", "epci.json", "communes.json" })
                    {
                        await using var flux = File.OpenRead(Path.Combine(dossier, f));
                        using var doc = await JsonDocument.ParseAsync(flux);
                        GC.KeepAlive(doc.RootElement.GetArrayLength());
                    }
                })
            );
            var fichier = Path.Combine(Path.GetTempPath(), $"pilotis-banc-{Guid.NewGuid():N}.db");
            try
            {
                var options = new DbContextOptionsBuilder<PilotisDbContext>();
                BaseDeDonnees.Configurer(options, Fournisseur.Sqlite, $"Data Source={fichier}");
                await using (var db = new PilotisDbContext(options.Options))
                    await db.Database.MigrateAsync();
                await using (var db = new PilotisDbContext(options.Options))
                    import.Add(await MesurerAsync(() => new ImportReferentiel(db).ExecuterAsync(dossier)));
                await using (var db = new PilotisDbContext(options.Options))
                    reimport.Add(await MesurerAsync(() => new ImportReferentiel(db).ExecuterAsync(dossier)));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(fichier) + "*"))
                    File.Delete(f);
            }
        }
        var ml = Mediane(lecture);
        var mi = Mediane(import);
        var mr = Mediane(reimport);
        Console.WriteLine($"Référentiel territorial (médianes sur {repetitions} passages, SQLite, Release)");
        Console.WriteLine($"  référence : lecture JSON des 4 fichiers      {ml, 8:0} ms");
        Console.WriteLine(
            $"  import complet sur base neuve (38 980 lignes) {mi, 8:0} ms   = {mi / ml:0.0} × la référence"
        );
        Console.WriteLine(
            $"  réimport sans changement                      {mr, 8:0} ms   = {mr / ml:0.0} × la référence"
        );
        return 0;
    }

    private static async Task<double> MesurerAsync(Func<Task> action)
    {
        GC.Collect();
        var chrono = Stopwatch.StartNew();
        await action();
        return chrono.Elapsed.TotalMilliseconds;
    }

    private static double Mediane(List<double> valeurs)
    {
        var triees = valeurs.Order().ToList();
        return triees[triees.Count / 2];
    }
}
