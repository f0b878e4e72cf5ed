using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Data.Demande;
using Pilotis.Data.Demonstration;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// La part « parc » de « pilotis generer » : un fichier de logements fictifs au format d'import
/// (docs/formats/logements.md), pondéré par la population sur les communes réelles, écrit en flux. Trois bailleurs
/// fictifs par département (50 %, 30 %, 20 % du parc), de SIREN « 8 » + rang du département sur trois chiffres + rang
/// du bailleur + « 0000 » : le banc (bench/parc.sh) crée ces organisations avant l'import. Au passage, une année de
/// logements libérés tirés sur ce parc (liberations-&lt;echelle&gt;.csv, docs/formats/liberations.md).
/// </summary>
public static class GenerationParc
{
    public static string Siren(int rangDepartement, int rangBailleur) => $"8{rangDepartement:D3}{rangBailleur}0000";

    public static async Task<int> GenererAsync(
        IServiceProvider services,
        string echelle,
        FileInfo? sortie,
        int graine,
        int? nombre,
        CancellationToken ct
    )
    {
        var national = echelle == "national";
        var n = nombre ?? (national ? GenerateurParc.NombreNational : SemisParc.Nombre);
        if (n <= 0)
            return 0;
        var f = sortie ?? new FileInfo($"logements-{echelle}.csv");
        var db = services.GetRequiredService<PilotisDbContext>();
        var communes = await GenerateurDemandes.CommunesAsync(db, national ? null : "30", ct);
        var departements = communes.Select(c => c.DepartementCode).Distinct().Order(StringComparer.Ordinal).ToList();
        var rang = departements.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i, StringComparer.Ordinal);
        // Identifiant d'un bailleur fictif : rang du département × 3 + rang du bailleur.
        var parts = departements
            .Select((_, i) => (IReadOnlyList<(int, int)>)[(i * 3, 50), ((i * 3) + 1, 30), ((i * 3) + 2, 20)])
            .ToList();
        var qpv = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in communes.Where(c => c.Population >= 10_000))
            qpv.Add(c.Code);
        var maintenant = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var annee = maintenant.Year;
        var chrono = Stopwatch.StartNew();
        long ecrites;
        var fLiberations = new FileInfo(Path.Combine(f.DirectoryName ?? ".", $"liberations-{echelle}.csv"));
        var liberations = new StrongBox<long>();
        await using (var flux = f.Create())
        await using (var fluxLiberations = fLiberations.Create())
        {
            var logements = new GenerateurParc(graine).Generer(
                communes,
                n,
                c => parts[rang[c.DepartementCode]],
                qpv.Contains,
                "FICT",
                annee
            );
            var aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);
            var tires = new GenerateurLiberations(graine, aujourdhui, annee).Ecrire(
                logements,
                fluxLiberations,
                liberations
            );
            ecrites = await Task.Run(() => GenerateurParc.EcrireCsv(tires, id => Siren(id / 3, id % 3), flux), ct);
        }
        f.Refresh();
        var secondes = Math.Max(0.001, chrono.Elapsed.TotalSeconds);
        AnsiConsole.MarkupLine(
            $"[green]{ecrites:N0} logements écrits dans {Markup.Escape(f.FullName)} ({f.Length / 1024 / 1024:N0} Mo) "
                + $"en {secondes:0.0} s : {ecrites / secondes:N0} lignes/s ; {departements.Count} départements, "
                + $"{departements.Count * 3} bailleurs fictifs.[/]"
        );
        AnsiConsole.MarkupLine(
            $"[green]{liberations.Value:N0} logements libérés ou mis en service sur douze mois écrits dans "
                + $"{Markup.Escape(fLiberations.FullName)} (docs/formats/liberations.md).[/]"
        );
        return 0;
    }
}
