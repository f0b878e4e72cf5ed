using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pilotis.Data.Production;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Domain.Production;

namespace Pilotis.Bench;

/// <summary>
/// Équilibre d'opération sous les propositions nationales (ticket 13, point 2), en mémoire : (1) une opération sous
/// les sept scénarios avec les flux annuels, rapportée à l'aller-retour JSON de son contenu (ce que l'on fige à
/// chaque phase) ; (2) le portefeuille national de N opérations générées (générateur des bancs, communes réelles
/// pondérées par leur population, zonage déduit de la population), rapporté à la génération des mêmes opérations.
/// (3) avec <c>--base N</c> (20 000 par défaut, 0 pour s'en passer) : le portefeuille relu dans une base SQLite par
/// les trois lectures projetées de RequetesEquilibre.PipelineAsync (<see cref="BancEquilibreBase"/>).
/// </summary>
public static class BancEquilibre
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static async Task<int> ExecuterAsync(string[] args)
    {
        var nombre = Lire(args, "--operations", 100_000);
        var repetitions = Lire(args, "--repetitions", 3);
        var enBase = Lire(args, "--base", 20_000);
        var dossier = SourceReferentiel.Localiser(null, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var communes = Communes(dossier);
        var parametres = ParametresEquilibre.ParDefaut();
        var zones = communes.ToDictionary(c => c.Code, c => Zones(c));

        // (1) Une opération, sept scénarios, flux annuels : médiane de 200 appels après échauffement.
        var exemple = Generer(communes, 1)[0];
        var (z123, abc) = zones[exemple.CommuneCode];
        var donnees = DonneesEquilibre.Depuis(exemple, z123, abc);
        double Une() => Chrono(() => CalculEquilibre.Scenarios(donnees, parametres).Count);
        double Reference() =>
            Chrono(() =>
                JsonSerializer.Deserialize<ContenuOperation>(JsonSerializer.Serialize(exemple.Contenu()))!.Lots.Count
            );
        for (var i = 0; i < 50; i++)
        {
            Une();
            Reference();
        }
        var tUne = Mediane([.. Enumerable.Range(0, 200).Select(_ => Une())]);
        var tRef = Mediane([.. Enumerable.Range(0, 200).Select(_ => Reference())]);
        Console.WriteLine("Équilibre d'une opération sous 7 scénarios, flux annuels compris (médiane de 200 appels)");
        Console.WriteLine(
            $"  référence (aller-retour JSON du contenu) : {tRef:0.000} ms ; équilibre : {tUne:0.000} ms "
                + $"= {tUne / tRef:0.0} × la référence (objectif ≤ 50 ms)"
        );

        // (2) Le portefeuille national.
        var generation = new List<double>();
        var calcul = new List<double>();
        var equilibrees = new int[ScenariosEquilibre.Tous.Count];
        for (var r = 0; r < repetitions; r++)
        {
            var chrono = Stopwatch.StartNew();
            var operations = Generer(communes, nombre);
            generation.Add(chrono.Elapsed.TotalMilliseconds);
            chrono.Restart();
            var resultats = operations
                .Select(o =>
                {
                    var (zone123, zoneAbc) = zones[o.CommuneCode];
                    return CalculEquilibre.Scenarios(DonneesEquilibre.Depuis(o, zone123, zoneAbc), parametres, false);
                })
                .ToList();
            var synthese = ComparaisonPropositions.Synthese(resultats);
            calcul.Add(chrono.Elapsed.TotalMilliseconds);
            equilibrees = [.. synthese.Select(s => s.Equilibrees)];
        }
        var g = Mediane(generation);
        var c = Mediane(calcul);
        Console.WriteLine(
            $"Portefeuille national : {nombre.ToString("N0", Fr)} opérations × 7 scénarios "
                + $"(médianes de {repetitions} passages)"
        );
        Console.WriteLine(
            $"  référence (génération des opérations) : {g / 1000:0.00} s ; équilibre et synthèse : {c / 1000:0.00} s "
                + $"= {c / g:0.00} × la référence (objectif ≤ 30 s)"
        );
        Console.WriteLine(
            "  équilibrées par scénario : "
                + string.Join(", ", ScenariosEquilibre.Tous.Select((s, i) => $"{s.Code} {equilibrees[i]}"))
        );
        if (enBase > 0)
            await BancEquilibreBase.MesurerAsync(communes, Zones, enBase, repetitions);
        return 0;
    }

    private static double Chrono(Func<int> action)
    {
        var chrono = Stopwatch.StartNew();
        action();
        return chrono.Elapsed.TotalMilliseconds;
    }

    private static List<Operation> Generer(IReadOnlyList<CommuneGeneree> communes, int nombre) =>
        [
            .. new GenerateurOperations(2026).Generer(
                communes,
                [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                nombre,
                2022,
                2027,
                new DateOnly(2026, 12, 6),
                DateTimeOffset.UnixEpoch,
                "BANC-"
            ),
        ];

    /// <summary>Zonage indicatif par la population : le banc mesure le calcul, pas la justesse des zones.</summary>
    private static (string, string) Zones(CommuneGeneree c) =>
        c.DepartementCode is "75" or "92" or "93" or "94" ? ("1bis", "Abis")
        : c.Population >= 100_000 ? ("2", "B1")
        : c.Population >= 20_000 ? ("2", "B2")
        : c.Population >= 5_000 ? ("3", "B2")
        : ("3", "C");

    private static List<CommuneGeneree> Communes(string dossier)
    {
        using var flux = File.OpenRead(Path.Combine(dossier, "communes.json"));
        using var doc = JsonDocument.Parse(flux);
        var communes = new List<CommuneGeneree>(35_000);
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (
                c.GetProperty("type").GetString() != "commune-actuelle"
                || !c.TryGetProperty("population", out var p)
                || p.GetInt32() <= 0
            )
                continue;
            var code = c.GetProperty("code").GetString()!;
            var departement = code.StartsWith("97", StringComparison.Ordinal) ? code[..3] : code[..2];
            communes.Add(new CommuneGeneree(code, null, departement, "", p.GetInt32()));
        }
        return communes;
    }

    private static int Lire(string[] args, string nom, int defaut)
    {
        var i = Array.IndexOf(args, nom);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : defaut;
    }

    private static double Mediane(List<double> valeurs)
    {
        var triees = valeurs.Order().ToList();
        return triees[triees.Count / 2];
    }
}
