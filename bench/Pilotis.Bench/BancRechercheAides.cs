using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Financement;

namespace Pilotis.Bench;

/// <summary>
/// Coût d'une recherche d'aides dans le processus (sans HTTP) sur le catalogue d'une base déjà importée
/// (<c>bench aides</c>) : les requêtes de <c>bench/aides.sh</c>, rapportées à une passe nue sur l'index (lire le nom
/// de chaque aide), mesurée dans le même passage. Sert à suivre la notation seule ; le chiffre du ticket reste celui
/// de <c>bench/aides.sh</c> sous 32 connexions.
/// </summary>
public static class BancRechercheAides
{
    private static readonly (string Nom, CriteresAides Criteres, bool Facettes)[] Recherches =
    [
        ("API « surcharge fonciere PLAI », 30", new() { Texte = "surcharge fonciere PLAI", Departement = "30" }, false),
        ("API « logement social renovation »", new() { Texte = "logement social renovation" }, false),
        (
            "API « pret, subvention », 30, p. 3",
            new()
            {
                Texte = "pret, subvention",
                Departement = "30",
                Page = 3,
            },
            false
        ),
        (
            "Page « acquisition amelioration », 30",
            new() { Texte = "acquisition amelioration", Departement = "30" },
            true
        ),
        ("Page sans texte, 30", new() { Departement = "30" }, true),
    ];

    public static async Task<int> ExecuterAsync(string[] args)
    {
        string Option(string nom, string defaut)
        {
            var i = Array.IndexOf(args, nom);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : defaut;
        }
        var connexion = Option(
            "--connexion",
            "Host=localhost;Username=pilotis;Password=pilotis;Database=pilotis_bench"
        );
        var repetitions = int.Parse(Option("--repetitions", "200"), CultureInfo.InvariantCulture);
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Postgres, connexion);
        await using var db = new PilotisDbContext(options.Options);
        var index = await IndexAides.LireAsync(db);
        var jour = new DateOnly(2026, 12, 7);
        var reference = Mediane(repetitions, () => PasseNue(index));
        Console.WriteLine($"Index : {index.Nombre} aides ; {repetitions} répétitions, médianes ; Release");
        Console.WriteLine($"  Référence (une passe sur l'index)        : {reference * 1000:0.0} µs");
        foreach (var (nom, criteres, facettes) in Recherches)
        {
            var total = 0;
            var t = Mediane(repetitions, () =>
                total = RechercheAides.Rechercher(index, criteres, jour, facettes).Total
            );
            var requete = index.Analyser(criteres.Texte);
            var scores = new int[index.Nombre];
            var notation = Mediane(repetitions, () =>
            {
                Array.Clear(scores);
                index.Noter(requete, scores);
                return 0;
            });
            Console.WriteLine(
                $"  {nom, -40} : {t * 1000:0.0} µs = {t / reference:0.0} × la référence ({total} aides ; "
                    + $"dont notation {notation * 1000:0.0} µs)"
            );
        }
        return 0;
    }

    private static int PasseNue(IndexAides index)
    {
        var n = 0;
        for (var i = 0; i < index.Nombre; i++)
            n += index.Aide(i).NomPlie.Length;
        return n;
    }

    /// <summary>Durée médiane d'un appel, en millisecondes, après un appel de chauffe.</summary>
    private static double Mediane(int repetitions, Func<int> action)
    {
        action();
        var durees = new double[repetitions];
        for (var i = 0; i < repetitions; i++)
        {
            var debut = Stopwatch.GetTimestamp();
            action();
            durees[i] = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
        }
        Array.Sort(durees);
        return durees[repetitions / 2];
    }
}
