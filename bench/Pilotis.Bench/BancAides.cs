using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Financement;

namespace Pilotis.Bench;

/// <summary>
/// Import d'un catalogue d'aides généré (10 000 aides au format d'aides-territoires, graine fixe) sur PostgreSQL, par
/// <see cref="ImportAides"/> (premier import, puis réimport identique) ; la référence est la lecture JSON nue
/// (System.Text.Json) suivie du COPY binaire des mêmes aides dans une table temporaire de même largeur, mesurée dans
/// le même passage. Laisse le catalogue en base pour la mesure de la recherche sous charge (bench/aides.sh).
/// </summary>
public static class BancAides
{
    private static readonly string[] Perimetres =
    [
        "France",
        "France",
        "France",
        "Occitanie",
        "Auvergne-Rhône-Alpes",
        "Bretagne",
        "Gard",
        "Hérault",
        "Lozère",
        "Nord",
        "Gironde",
        "CA de Nîmes Métropole",
        "CA Alès Agglomération",
        "Nîmes",
        "Alès",
        "Montpellier",
        "Lyon",
    ];

    private static readonly string[] Themes =
    [
        "Logement|Logement social",
        "Habitat|Rénovation",
        "Urbanisme|Foncier",
        "Énergie|Efficacité énergétique",
        "Mobilité|Transports",
        "Culture|Patrimoine",
        "Eau|Assainissement",
        "Solidarités|Personnes âgées",
    ];

    private static readonly string[] Mots =
    [
        "prêt",
        "subvention",
        "logement",
        "social",
        "locatif",
        "PLAI",
        "PLUS",
        "PLS",
        "VEFA",
        "foncière",
        "surcharge",
        "réhabilitation",
        "énergétique",
        "acquisition",
        "amélioration",
        "démolition",
        "reconstruction",
        "quartier",
        "centre",
        "bourg",
        "jeunes",
        "seniors",
        "accession",
        "solidaire",
        "bail",
        "investissement",
        "études",
        "ingénierie",
        "patrimoine",
        "transports",
        "eau",
        "commune",
        "intercommunalité",
        "opération",
        "bailleurs",
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
        var nombre = int.Parse(Option("--aides", "10000"), CultureInfo.InvariantCulture);
        var fichier = Option("--fichier", Path.Combine(Path.GetTempPath(), $"pilotis-aides-{nombre}.json"));
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Postgres, connexion);
        await File.WriteAllBytesAsync(fichier, Generer(nombre));
        var taille = new FileInfo(fichier).Length / 1024.0 / 1024.0;

        var reference = await ReferenceAsync(connexion, fichier);
        var (premier, bilan1) = await ImporterAsync(options.Options, fichier);
        var (reimport, bilan2) = await ImporterAsync(options.Options, fichier);
        var reference2 = await ReferenceAsync(connexion, fichier);
        var r = Math.Min(reference, reference2);
        Console.WriteLine($"Catalogue généré : {nombre} aides, {taille:0.0} Mo ({fichier}) ; PostgreSQL, Release");
        Console.WriteLine($"  Référence (lecture JSON + COPY binaire) : {r:0.00} s (meilleure de deux)");
        Console.WriteLine(
            $"  Premier import (ImportAides)            : {premier:0.00} s — {bilan1} — "
                + $"{r / premier:0.00} × la référence"
        );
        Console.WriteLine(
            $"  Réimport identique                      : {reimport:0.00} s — {bilan2} — "
                + $"{r / reimport:0.00} × la référence"
        );
        return 0;
    }

    private static async Task<(double Secondes, string Bilan)> ImporterAsync(
        DbContextOptions<PilotisDbContext> options,
        string fichier
    )
    {
        await using var db = new PilotisDbContext(options);
        var chrono = Stopwatch.StartNew();
        await using var flux = File.OpenRead(fichier);
        var (bilan, erreur) = await new ImportAides(db).ExecuterAsync(flux, CancellationToken.None);
        chrono.Stop();
        if (erreur is not null || !bilan.Reussi)
            throw new InvalidOperationException(erreur ?? bilan.Erreurs[0].Message);
        return (
            chrono.Elapsed.TotalSeconds,
            $"{bilan.Ajoutes} ajoutées, {bilan.Modifies} modifiées, {bilan.Inchanges} inchangées"
        );
    }

    /// <summary>Lecture JSON nue puis COPY binaire des mêmes champs (listes en JSON) dans une table
    /// temporaire.</summary>
    private static async Task<double> ReferenceAsync(string connexion, string fichier)
    {
        await using var cnx = new NpgsqlConnection(connexion);
        await cnx.OpenAsync();
        await using (
            var cmd = new NpgsqlCommand(
                "CREATE TEMP TABLE ref_aides (id bigint, slug text, nom text, titre text, financeurs text, "
                    + "description text, "
                    + "eligibilite text, perimetre text, categories text, publics text, types text, echeance date, "
                    + "ouverture date, url text)",
                cnx
            )
        )
            await cmd.ExecuteNonQueryAsync();
        var chrono = Stopwatch.StartNew();
        await using (var flux = File.OpenRead(fichier))
        {
            var page = await JsonSerializer.DeserializeAsync<PageAidesTerritoires>(
                flux,
                LectureAidesTerritoires.Options
            );
            await using var copie = await cnx.BeginBinaryImportAsync("COPY ref_aides FROM STDIN (FORMAT BINARY)");
            foreach (var a in page!.Results!)
            {
                await copie.StartRowAsync();
                await copie.WriteAsync(a.Id!.Value, NpgsqlDbType.Bigint);
                await copie.WriteAsync(a.Slug!, NpgsqlDbType.Text);
                await copie.WriteAsync(a.Name!, NpgsqlDbType.Text);
                await copie.WriteAsync(a.ShortTitle ?? "", NpgsqlDbType.Text);
                await copie.WriteAsync(JsonSerializer.Serialize(a.Financers), NpgsqlDbType.Text);
                await copie.WriteAsync(a.Description ?? "", NpgsqlDbType.Text);
                await copie.WriteAsync(a.Eligibility ?? "", NpgsqlDbType.Text);
                await copie.WriteAsync(a.Perimeter ?? "", NpgsqlDbType.Text);
                await copie.WriteAsync(JsonSerializer.Serialize(a.Categories), NpgsqlDbType.Text);
                await copie.WriteAsync(JsonSerializer.Serialize(a.TargetedAudiences), NpgsqlDbType.Text);
                await copie.WriteAsync(JsonSerializer.Serialize(a.AidTypes), NpgsqlDbType.Text);
                await copie.WriteAsync(a.SubmissionDeadline ?? DateOnly.MaxValue, NpgsqlDbType.Date);
                await copie.WriteAsync(a.StartDate ?? DateOnly.MinValue, NpgsqlDbType.Date);
                await copie.WriteAsync(a.OriginUrl ?? "", NpgsqlDbType.Text);
            }
            await copie.CompleteAsync();
        }
        return chrono.Elapsed.TotalSeconds;
    }

    /// <summary>Le catalogue généré : une page de l'API, ids à partir de 800 000 001, textes tirés du
    /// vocabulaire.</summary>
    public static byte[] Generer(int nombre)
    {
        var alea = new Random(42);
        string Phrase(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Mots[alea.Next(Mots.Length)]));
        var aides = Enumerable
            .Range(1, nombre)
            .Select(i =>
            {
                var id = 800_000_000L + i;
                var themes = Enumerable
                    .Range(0, 1 + alea.Next(2))
                    .Select(_ => Themes[alea.Next(Themes.Length)])
                    .Distinct();
                return new Dictionary<string, object?>
                {
                    ["id"] = id,
                    ["slug"] = $"banc-{id}",
                    ["name"] = $"Aide {Phrase(4)} {i}",
                    ["short_title"] = Phrase(2),
                    ["financers"] = new[] { $"Financeur {alea.Next(300)}" },
                    ["instructors"] = Array.Empty<string>(),
                    ["programs"] = Array.Empty<string>(),
                    ["description"] = $"<p>{Phrase(60)}</p><ul><li>{Phrase(10)}</li><li>{Phrase(10)}</li></ul>",
                    ["eligibility"] = $"<p>{Phrase(25)}</p>",
                    ["perimeter"] = Perimetres[alea.Next(Perimetres.Length)],
                    ["categories"] = themes.ToArray(),
                    ["targeted_audiences"] = new[] { "Communes", "Bailleurs sociaux" },
                    ["aid_types"] = new[] { alea.Next(2) == 0 ? "Subvention" : "Prêt" },
                    ["destinations"] = new[] { "Investissement" },
                    ["mobilization_steps"] = Array.Empty<string>(),
                    ["is_call_for_project"] = alea.Next(5) == 0,
                    ["start_date"] = "2026-01-01",
                    ["predeposit_date"] = null,
                    ["submission_deadline"] = alea.Next(3) == 0 ? null : "2027-06-30",
                    ["subvention_rate_lower_bound"] = 10,
                    ["subvention_rate_upper_bound"] = 40,
                    ["loan_amount"] = null,
                    ["recoverable_advance_amount"] = null,
                    ["recurrence"] = "ongoing",
                    ["contact"] = null,
                    ["origin_url"] = $"https://aides-territoires.beta.gouv.fr/aides/banc-{id}/",
                    ["application_url"] = null,
                    ["date_updated"] = "2026-11-01T10:00:00+01:00",
                };
            });
        var page = new Dictionary<string, object?>
        {
            ["count"] = nombre,
            ["next"] = null,
            ["previous"] = null,
            ["results"] = aides.ToList(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(page);
    }
}
