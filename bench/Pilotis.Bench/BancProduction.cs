using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;

namespace Pilotis.Bench;

/// <summary>
/// Reprise nationale des opérations sur PostgreSQL : 100 000 opérations fictives sur 10 ans (communes réelles, au
/// prorata
/// de la population) écrites en CSV au format public, puis importées par <see cref="ImportOperations"/> ; la référence
/// est le COPY PostgreSQL des mêmes lignes (le même fichier) dans une table de même largeur, mesuré dans le même
/// passage.
/// La base doit être migrée et semée (le script bench/production.sh lance le site une fois pour cela).
/// Laisse les 100 000 opérations en base pour la mesure de charge du lissage.
/// </summary>
public static class BancProduction
{
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
        var nombre = int.Parse(Option("--operations", "100000"), CultureInfo.InvariantCulture);
        var repetitions = int.Parse(Option("--repetitions", "3"), CultureInfo.InvariantCulture);
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Postgres, connexion);

        var fichier = Path.Combine(Path.GetTempPath(), $"pilotis-operations-{nombre}.csv");
        int lignes;
        await using (var db = new PilotisDbContext(options.Options))
            lignes = await GenererFichierAsync(db, fichier, nombre);
        var (copies, imports, memoireMax) = await MesurerAsync(options.Options, connexion, fichier, repetitions);
        Rapporter(lignes, nombre, repetitions, copies, imports, memoireMax);
        return 0;
    }

    /// <summary>Le fichier d'opérations généré (graine fixe) sur les communes et bailleurs de la base.</summary>
    private static async Task<int> GenererFichierAsync(PilotisDbContext db, string fichier, int nombre)
    {
        await db.Database.MigrateAsync();
        var bailleurs = await BailleursAsync(db);
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle && c.Population != null)
            .OrderBy(c => c.Code)
            .Select(c => new CommuneGeneree(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode, c.Population!.Value))
            .ToListAsync();
        var sirens = await db
            .Organisations.AsNoTracking()
            .Where(o => bailleurs.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Siren!);
        var chrono = Stopwatch.StartNew();
        var lignes = await EcrireCsvAsync(
            fichier,
            new GenerateurOperations(42).Generer(
                communes,
                bailleurs,
                nombre,
                2017,
                2026,
                new DateOnly(2026, 11, 27),
                DateTimeOffset.UtcNow,
                "N-"
            ),
            sirens
        );
        Console.WriteLine(
            $"Fichier généré : {nombre:N0} opérations, {lignes:N0} lignes (lots), "
                + $"{new FileInfo(fichier).Length / 1024 / 1024} Mo, en "
                + $"{chrono.Elapsed.TotalSeconds:0.0} s"
        );
        return lignes;
    }

    /// <summary>À chaque passage : base vidée, COPY de référence, puis import Pilotis du même fichier.</summary>
    private static async Task<(List<double> Copies, List<double> Imports, long MemoireMax)> MesurerAsync(
        DbContextOptions<PilotisDbContext> options,
        string connexion,
        string fichier,
        int repetitions
    )
    {
        var copies = new List<double>();
        var imports = new List<double>();
        long memoireMax = 0;
        for (var i = 0; i < repetitions; i++)
        {
            await SupprimerAsync(connexion);
            copies.Add(await CopierAsync(connexion, fichier));
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var chrono = Stopwatch.StartNew();
            await using (var db = new PilotisDbContext(options))
            {
                await using var flux = File.OpenRead(fichier);
                var bilan = await new ImportOperations(db).ExecuterAsync(flux, auteur: "banc d'essai");
                Console.WriteLine(
                    $"  passage {i + 1} : lecture et contrôles "
                        + $"{bilan.DureeLecture.TotalSeconds:0.00} s, écriture "
                        + $"{bilan.DureeEcriture.TotalSeconds:0.00} s"
                );
                if (!bilan.Reussi)
                    throw new InvalidOperationException(
                        "Import refusé : "
                            + string.Join(" | ", bilan.Erreurs.Take(5).Select(e => $"{e.Ligne} {e.Message}"))
                    );
            }
            imports.Add(chrono.Elapsed.TotalSeconds);
            process.Refresh();
            memoireMax = Math.Max(memoireMax, process.PeakWorkingSet64);
        }
        return (copies, imports, memoireMax);
    }

    private static void Rapporter(
        int lignes,
        int nombre,
        int repetitions,
        List<double> copies,
        List<double> imports,
        long memoireMax
    )
    {
        var copie = Mediane(copies);
        var import = Mediane(imports);
        Console.WriteLine(
            $"Import de {lignes:N0} lignes CSV ({nombre:N0} opérations) sur "
                + $"PostgreSQL, médianes de {repetitions} passages (Release, "
                + $"{Environment.ProcessorCount} cœurs partagés avec le serveur) :"
        );
        Console.WriteLine(
            "  référence : COPY du même fichier dans une table de même largeur  "
                + $"{copie, 7:0.00} s  {lignes / copie, 10:N0} lignes/s"
        );
        Console.WriteLine(
            "  pilotis import operations (lecture, contrôles, écriture)        "
                + $"{import, 7:0.00} s  {lignes / import, 10:N0} lignes/s"
        );
        Console.WriteLine(
            $"  rapport import / COPY : {copie / import:0.00} × (objectif ≥ 0,3 ×) ; "
                + $"mémoire de travail maximale du processus : {memoireMax / 1024 / 1024} "
                + "Mo"
        );
    }

    /// <summary>
    /// Les bailleurs de démonstration plus 200 bailleurs fictifs nationaux (SIREN fictifs à clé valide).
    /// </summary>
    internal static async Task<List<int>> BailleursAsync(PilotisDbContext db)
    {
        var existants = await db
            .Organisations.Where(o => o.Type == TypeOrganisation.Bailleur && o.Siren != null)
            .Select(o => o.Siren!)
            .ToListAsync();
        var n = 0;
        for (var i = 0; n < 200 && i < 100_000; i++)
        {
            var siren = SirenFictif(880_000_000 + i);
            if (siren is null)
                continue;
            n++;
            if (existants.Contains(siren))
                continue;
            db.Organisations.Add(
                new Organisation
                {
                    Nom = $"Bailleur fictif national n° {n}",
                    Type = TypeOrganisation.Bailleur,
                    Siren = siren,
                    PerimetreNiveau = NiveauPerimetre.National,
                    PerimetreCode = "FR",
                    DepartementCode = "75",
                    RegionCode = "11",
                    Demonstration = true,
                }
            );
        }
        db.JournalDetailleSuspendu = true;
        await db.SaveChangesAsync();
        return await db
            .Organisations.Where(o => o.Type == TypeOrganisation.Bailleur && o.Siren != null && o.Active)
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToListAsync();
    }

    private static string? SirenFictif(int base8)
    {
        var siren = base8.ToString(CultureInfo.InvariantCulture);
        return Organisation.SirenValide(siren) ? siren : null;
    }

    private static async Task<int> EcrireCsvAsync(
        string fichier,
        IEnumerable<Operation> operations,
        Dictionary<int, string> sirens
    )
    {
        var lignes = 0;
        await using var ecrivain = new StreamWriter(fichier, false, new UTF8Encoding(false));
        await ecrivain.WriteLineAsync(
            string.Join(";", ColonnesOperations.Obligatoires.Concat(ColonnesOperations.Facultatives))
        );
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        foreach (var o in operations)
        {
            foreach (var lot in o.Lots)
            {
                await ecrivain.WriteLineAsync(
                    string.Join(
                        ";",
                        o.Numero,
                        o.CommuneCode,
                        sirens[o.BailleurId],
                        o.Nature.Code(),
                        lot.Produit.Code(),
                        lot.NombreLogements.ToString(CultureInfo.InvariantCulture),
                        D(o.DateDepot),
                        D(lot.DateAgrement),
                        o.Statut.Code(),
                        D(o.DateOuvertureChantier),
                        D(o.DateLivraison),
                        o.Nom
                    )
                );
                lignes++;
            }
        }
        return lignes;
    }

    private static async Task SupprimerAsync(string connexion)
    {
        await using var c = new NpgsqlConnection(connexion);
        await c.OpenAsync();
        await using var commande = new NpgsqlCommand("DELETE FROM \"Operations\" WHERE \"Numero\" LIKE 'N-%'", c)
        {
            CommandTimeout = 600,
        };
        await commande.ExecuteNonQueryAsync();
        // VACUUM ne s'exécute pas dans un lot de plusieurs instructions (Npgsql les envoie en pipeline) : une commande
        // par table.
        foreach (var table in new[] { "Operations", "LotsOperation", "EvenementsOperation" })
        {
            await using var vide = new NpgsqlCommand($"VACUUM ANALYZE \"{table}\"", c) { CommandTimeout = 600 };
            await vide.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// COPY du fichier CSV tel quel (en-tête compris) dans une table temporaire de 12 colonnes texte.
    /// </summary>
    private static async Task<double> CopierAsync(string connexion, string fichier)
    {
        await using var c = new NpgsqlConnection(connexion);
        await c.OpenAsync();
        await using (
            var creer = new NpgsqlCommand(
                "CREATE TEMP TABLE copie_operations (numero text, commune text, siren "
                    + "text, nature text, produit text, logements text, depot text, agrement "
                    + "text, statut text, chantier text, livraison text, nom text)",
                c
            )
        )
        {
            await creer.ExecuteNonQueryAsync();
        }
        var chrono = Stopwatch.StartNew();
        await using (
            var ecrivain = await c.BeginTextImportAsync(
                "COPY copie_operations FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true)"
            )
        )
        {
            using var lecteur = new StreamReader(fichier, Encoding.UTF8);
            var tampon = new char[1 << 16];
            int lus;
            while ((lus = await lecteur.ReadAsync(tampon)) > 0)
                await ecrivain.WriteAsync(tampon, 0, lus);
        }
        return chrono.Elapsed.TotalSeconds;
    }

    private static double Mediane(List<double> valeurs)
    {
        var triees = valeurs.Order().ToArray();
        return triees[triees.Length / 2];
    }
}
