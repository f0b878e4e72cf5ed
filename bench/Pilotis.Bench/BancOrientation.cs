using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Data.Base;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

// Les requêtes de génération n'interpolent que des entiers du banc (nombres, identifiants), jamais une saisie.
#pragma warning disable EF1002

namespace Pilotis.Bench;

/// <summary>
/// Orientation du flux d'une année (ticket 12, <see cref="OrientationFlux.OrienterAnneeAsync"/>) sur PostgreSQL : N
/// logements libérés répartis entre B bailleurs du Gard, quatre conventions signées par bailleur (préfet 25 %, Action
/// Logement 20 % avec répartition par typologie, EPCI 10 % sur un territoire, département 5 %). Référence mesurée dans
/// le même passage : un <c>UPDATE</c> nu des mêmes lignes (mêmes colonnes, explication de même longueur), annulé.
/// Base créée et remplie au premier passage (référentiel des communes compris) ; chaque passage remet les logements à
/// l'étape « déclaré » (non mesuré).
/// </summary>
public static class BancOrientation
{
    private const int Annee = 2025;

    public static async Task<int> ExecuterAsync(string[] args)
    {
        string Option(string nom, string defaut)
        {
            var i = Array.IndexOf(args, nom);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : defaut;
        }
        var connexion = Option(
            "--connexion",
            "Host=localhost;Username=pilotis;Password=pilotis;Database=pilotis_bench_flux"
        );
        var logements = int.Parse(Option("--logements", "100000"), CultureInfo.InvariantCulture);
        var nbBailleurs = int.Parse(Option("--bailleurs", "10"), CultureInfo.InvariantCulture);
        await CreerBaseAsync(connexion);
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Postgres, connexion);
        var bailleurs = await PreparerAsync(
            options.Options,
            logements,
            nbBailleurs,
            Option("--referentiel", "node_modules/@etalab/decoupage-administratif/data")
        );
        await RemettreAsync(connexion);
        var reference = await UpdateNuAsync(connexion);
        var chrono = Stopwatch.StartNew();
        var orientes = 0;
        foreach (var b in bailleurs)
        {
            await using var db = new PilotisDbContext(options.Options);
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            orientes += await OrientationFlux.OrienterAnneeAsync(db, b, Annee);
        }
        chrono.Stop();
        var repartition = await RepartitionAsync(connexion);
        Console.WriteLine(
            $"Orientation du flux {Annee} : {orientes:N0} logements, {bailleurs.Count} bailleurs × 4 conventions"
        );
        Console.WriteLine(
            $"  référence : UPDATE nu des mêmes lignes (annulé)   {reference.TotalSeconds, 8:0.00} s   1,00 ×"
        );
        Console.WriteLine(
            $"  OrienterAnneeAsync, tous les bailleurs           {chrono.Elapsed.TotalSeconds, 8:0.00} s   "
                + $"{chrono.Elapsed / reference:0.00} ×   {orientes / chrono.Elapsed.TotalSeconds:N0} logements/s"
        );
        Console.WriteLine($"  contrôle (part orientée par contingent) : {repartition}");
        return 0;
    }

    private static async Task CreerBaseAsync(string connexion)
    {
        var b = new NpgsqlConnectionStringBuilder(connexion);
        var nom = b.Database!;
        b.Database = "postgres";
        await using var c = new NpgsqlConnection(b.ConnectionString);
        await c.OpenAsync();
        await using var existe = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", c);
        existe.Parameters.AddWithValue("n", nom);
        if (await existe.ExecuteScalarAsync() is null)
        {
            await using var creer = new NpgsqlCommand($"CREATE DATABASE \"{nom}\"", c);
            await creer.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Migre, importe les communes, crée bailleurs, réservataires, conventions et logements s'il le
    /// faut.</summary>
    private static async Task<List<int>> PreparerAsync(
        DbContextOptions<PilotisDbContext> options,
        int logements,
        int nbBailleurs,
        string referentiel
    )
    {
        await using var db = new PilotisDbContext(options);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.MigrateAsync();
        if (!await db.Communes.AnyAsync())
            await new Pilotis.Data.Territoire.ImportReferentiel(db).ExecuterAsync(referentiel);
        var existants = await db
            .Organisations.Where(o => o.Nom.StartsWith("Banc flux bailleur"))
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToListAsync();
        if (existants.Count == nbBailleurs && await db.LogementsAAttribuer.CountAsync() == logements)
            return existants;
        Organisation Org(string nom, TypeOrganisation type) =>
            new()
            {
                Nom = nom,
                Type = type,
                PerimetreNiveau = NiveauPerimetre.Departement,
                PerimetreCode = "30",
                DepartementCode = "30",
                RegionCode = "76",
            };
        var prefet = Org("Banc flux préfet", TypeOrganisation.Reservataire);
        var al = Org("Banc flux Action Logement", TypeOrganisation.Reservataire);
        var epci = Org("Banc flux EPCI", TypeOrganisation.Epci);
        var departement = Org("Banc flux département", TypeOrganisation.Reservataire);
        var bailleurs = Enumerable
            .Range(1, nbBailleurs)
            .Select(i => Org($"Banc flux bailleur {i:00}", TypeOrganisation.Bailleur))
            .ToList();
        db.Organisations.AddRange([prefet, al, epci, departement, .. bailleurs]);
        db.JournalDetailleSuspendu = true;
        await db.SaveChangesAsync();
        await ConventionsAsync(db, bailleurs, prefet, al, epci, departement);
        await LogementsAsync(db, bailleurs.Select(b => b.Id).ToList(), logements);
        return bailleurs.Select(b => b.Id).ToList();
    }

    private static async Task ConventionsAsync(
        PilotisDbContext db,
        List<Organisation> bailleurs,
        Organisation prefet,
        Organisation al,
        Organisation epci,
        Organisation departement
    )
    {
        var siren = await db.Communes.Where(c => c.Code == "30189").Select(c => c.EpciSiren).SingleAsync();
        foreach (var b in bailleurs)
        {
            ConventionFlux C(Organisation r, Contingent k, decimal part) =>
                new()
                {
                    BailleurId = b.Id,
                    ReservataireId = r.Id,
                    Contingent = k,
                    DepartementCode = "30",
                    PartFlux = part,
                    DateDebut = new DateOnly(Annee, 1, 1),
                    DateFin = new DateOnly(Annee + 2, 12, 31),
                    Statut = StatutConvention.Signee,
                    ModifieLe = DateTimeOffset.UtcNow,
                };
            var conventionAl = C(al, Contingent.ActionLogement, 20m);
            (conventionAl.PartT1T2, conventionAl.PartT3, conventionAl.PartT4Plus) = (40m, 40m, 20m);
            var conventionEpci = C(epci, Contingent.Collectivite, 10m);
            conventionEpci.Territoires = siren;
            db.ConventionsFlux.AddRange(
                C(prefet, Contingent.Prefet, 25m),
                conventionAl,
                conventionEpci,
                C(departement, Contingent.Collectivite, 5m)
            );
        }
        await db.SaveChangesAsync();
    }

    private static async Task LogementsAsync(PilotisDbContext db, List<int> identifiants, int logements)
    {
        var nbBailleurs = identifiants.Count;
        var ids = string.Join(',', identifiants);
        // Logements sur les communes du Gard ; 5 % exclus (mutation interne), 1 % restés en stock (défense).
        await db.Database.ExecuteSqlRawAsync(
            $"""
            WITH c AS (SELECT array_agg("Code" ORDER BY "Code") AS codes FROM "Communes"
                       WHERE "DepartementCode" = '30' AND "Type" = 0),
                 b AS (SELECT ARRAY[{ids}] AS ids)
            INSERT INTO "Logements" ("IdentifiantRpls", "BailleurId", "CommuneCode", "Adresse", "EnQpv", "Typologie",
                "Surface", "Financement", "AnneeConstruction", "LoyerMensuel", "Occupation", "ReservationNonConvertie",
                "ModifieLe")
            SELECT 'BF' || g, b.ids[1 + g % {nbBailleurs}], c.codes[1 + (g::bigint * 7919) % array_length(c.codes, 1)],
                g || ' rue du Banc', g % 5 = 0, 1 + g % 6, 60, g % 4, 1980, 400, 0,
                CASE WHEN g % 100 = 0 THEN 1 ELSE 0 END, now()
            FROM generate_series(1, {logements}) g, c, b
            """
        );
        await db.Database.ExecuteSqlRawAsync(
            $"""
            INSERT INTO "LogementsAAttribuer" ("LogementId", "Origine", "DateDisponibilite", "Exclusion",
                "ReservationNonConvertie", "Etape", "ExceptionCandidats", "DeclareLe")
            SELECT l."Id", 0, DATE '{Annee}-01-01' + (l."Id" % 365), CASE WHEN l."Id" % 20 = 0 THEN 1 ELSE 0 END,
                l."ReservationNonConvertie", 0, 0, now()
            FROM "Logements" l WHERE l."IdentifiantRpls" LIKE 'BF%'
            """
        );
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static async Task RemettreAsync(string connexion)
    {
        await using var c = new NpgsqlConnection(connexion);
        await c.OpenAsync();
        await using var remettre = new NpgsqlCommand(
            """
            UPDATE "LogementsAAttribuer" SET "Etape" = 0, "ReservataireId" = NULL, "Contingent" = NULL,
                "ReservataireProposeId" = NULL, "ContingentPropose" = NULL, "ExplicationOrientation" = NULL,
                "OrienteLe" = NULL WHERE "Etape" <> 0
            """,
            c
        )
        {
            CommandTimeout = 3600,
        };
        await remettre.ExecuteNonQueryAsync();
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE \"LogementsAAttribuer\"", c)
        {
            CommandTimeout = 3600,
        };
        await vacuum.ExecuteNonQueryAsync();
    }

    /// <summary>La référence : les mêmes lignes réécrites par un UPDATE nu (explication de 400 caractères),
    /// annulé.</summary>
    private static async Task<TimeSpan> UpdateNuAsync(string connexion)
    {
        await using var c = new NpgsqlConnection(connexion);
        await c.OpenAsync();
        await using var t = await c.BeginTransactionAsync();
        var chrono = Stopwatch.StartNew();
        await using var update = new NpgsqlCommand(
            $"""
            UPDATE "LogementsAAttribuer" SET "Etape" = 1, "ReservataireId" = NULL, "Contingent" = 3,
                "ReservataireProposeId" = NULL, "ContingentPropose" = 3, "ExplicationOrientation" = repeat('x', 400),
                "OrienteLe" = now()
            WHERE "Etape" = 0 AND "DateDisponibilite" BETWEEN DATE '{Annee}-01-01' AND DATE '{Annee}-12-31'
            """,
            c,
            t
        )
        {
            CommandTimeout = 3600,
        };
        await update.ExecuteNonQueryAsync();
        chrono.Stop();
        await t.RollbackAsync();
        return chrono.Elapsed;
    }

    private static async Task<string> RepartitionAsync(string connexion)
    {
        await using var c = new NpgsqlConnection(connexion);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            """
            SELECT coalesce("Contingent", -1), count(*) FROM "LogementsAAttribuer"
            WHERE "Exclusion" = 0 AND "ReservationNonConvertie" = 0 GROUP BY 1 ORDER BY 1
            """,
            c
        );
        await using var r = await cmd.ExecuteReaderAsync();
        var lignes = new List<(int, long)>();
        while (await r.ReadAsync())
            lignes.Add((r.GetInt32(0), r.GetInt64(1)));
        var total = lignes.Sum(l => l.Item2);
        return string.Join(", ", lignes.Select(l => $"{(Contingent)l.Item1} {100.0 * l.Item2 / total:0.0} %"));
    }
}
