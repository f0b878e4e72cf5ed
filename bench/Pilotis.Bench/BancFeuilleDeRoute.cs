using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Data.Base;
using Pilotis.Data.Financement;
using Pilotis.Data.Foncier;
using Pilotis.Data.Information;
using Pilotis.Data.Production;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Financement;
using Pilotis.Domain.Foncier;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Domain.Territoire;

namespace Pilotis.Bench;

/// <summary>
/// Feuille de route à l'échelle nationale sur PostgreSQL (ticket 14, point 5 ; ADR 0027) : génère pour toute la France
/// des opérations (communes réelles, au prorata de la population), des difficultés examinées en revue, des revues,
/// des sites et outils fonciers, des aides locales, des recherches d'aides et des réunions de CIL ; puis mesure le
/// calcul de l'API (une année, un département) et du tableau de bord (trois années), contre la référence mesurée dans
/// le même passage : un COUNT(*) simple sur chacune des mêmes tables.
/// </summary>
public static class BancFeuilleDeRoute
{
    private const string Prefixe = "FDR-";

    public static async Task<int> ExecuterAsync(string[] args)
    {
        string Option(string nom, string defaut)
        {
            var i = Array.IndexOf(args, nom);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : defaut;
        }
        var connexion = Option(
            "--connexion",
            "Host=localhost;Username=pilotis;Password=pilotis;Database=pilotis_bench_feuille"
        );
        var nombre = int.Parse(Option("--operations", "50000"), CultureInfo.InvariantCulture);
        var repetitions = int.Parse(Option("--repetitions", "5"), CultureInfo.InvariantCulture);
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Postgres, connexion);
        await using (var db = new PilotisDbContext(options.Options))
            await PreparerAsync(db, nombre);
        foreach (var dep in new[] { "30", "13", "59" })
        {
            var (reference, api, tableau) = await MesurerAsync(options.Options, dep, repetitions);
            Console.WriteLine(
                $"Département {dep} : référence (COUNT(*) des 8 tables) {reference:0.0} ms ; API (1 année) "
                    + $"{api:0.0} ms, soit {api / reference:0.0} × la référence ; tableau de bord (3 années + cibles) "
                    + $"{tableau:0.0} ms, soit {tableau / reference:0.0} × ; objectif ≤ 1 000 ms : "
                    + (tableau <= 1000 ? "tenu" : "NON TENU")
            );
        }
        return 0;
    }

    /// <summary>Médianes (ms) de la référence, de l'API et du tableau de bord, chacune après un échauffement.</summary>
    private static async Task<(double Reference, double Api, double Tableau)> MesurerAsync(
        DbContextOptions<PilotisDbContext> options,
        string dep,
        int repetitions
    )
    {
        var reference = new List<double>();
        var api = new List<double>();
        var tableau = new List<double>();
        for (var r = 0; r <= repetitions; r++)
        {
            await using var db = new PilotisDbContext(options);
            var calcul = Calcul(db);
            var chrono = Stopwatch.StartNew();
            await ReferenceAsync(db);
            var t1 = chrono.Elapsed.TotalMilliseconds;
            chrono.Restart();
            await calcul.ValeursAsync(2026, dep);
            await calcul.CiblesAsync(2026, dep);
            var t2 = chrono.Elapsed.TotalMilliseconds;
            chrono.Restart();
            for (var a = 2024; a <= 2026; a++)
                await calcul.ValeursAsync(a, dep);
            await calcul.CiblesAsync(2026, dep);
            var t3 = chrono.Elapsed.TotalMilliseconds;
            if (r == 0)
                continue; // échauffement : plans et connexions
            reference.Add(t1);
            api.Add(t2);
            tableau.Add(t3);
        }
        return (Mediane(reference), Mediane(api), Mediane(tableau));
    }

    private static double Mediane(List<double> v) => v.Order().ElementAt(v.Count / 2);

    private static CalculFeuilleDeRoute Calcul(PilotisDbContext db) =>
        new(
            [
                new SourceIndicateursRevues(db),
                new SourceIndicateursAides(db, TimeProvider.System),
                new SourceIndicateursFoncier(db),
                new SourceIndicateursAttribution(db),
                new SourceIndicateursFormationConcertation(db),
                new SourceIndicateursAnnuairePagesCommunes(db),
            ],
            db
        );

    /// <summary>La référence : un COUNT(*) simple sur chacune des tables que lisent les sources.</summary>
    private static async Task ReferenceAsync(PilotisDbContext db)
    {
        await db.Operations.CountAsync();
        await db.Difficultes.CountAsync();
        await db.RevuesProjets.CountAsync();
        await db.SitesFonciers.CountAsync();
        await db.OutilsFonciers.CountAsync();
        await db.Aides.CountAsync();
        await db.RecherchesAides.CountAsync();
        await db.ReunionsCil.CountAsync();
    }

    /// <summary>Migre, importe le référentiel s'il manque, et génère les données nationales une seule fois.</summary>
    private static async Task PreparerAsync(PilotisDbContext db, int nombre)
    {
        db.Database.SetCommandTimeout(600);
        await db.Database.MigrateAsync();
        if (!await db.Communes.AnyAsync())
        {
            var dossier = SourceReferentiel.Localiser(null, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            await new ImportReferentiel(db).ExecuterAsync(dossier);
        }
        if (await db.ReunionsCil.AnyAsync())
        {
            Console.WriteLine("Données nationales déjà générées : mesure seule.");
            return;
        }
        if (await db.Operations.AnyAsync(o => o.Numero.StartsWith(Prefixe)))
            throw new InvalidOperationException("Génération interrompue : supprimez la base du banc et relancez.");
        var chrono = Stopwatch.StartNew();
        db.JournalDetailleSuspendu = true;
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle && c.Population != null)
            .OrderBy(c => c.Code)
            .Select(c => new CommuneGeneree(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode, c.Population!.Value))
            .ToListAsync();
        var bailleurs = await BancProduction.BailleursAsync(db);
        var ids = await OperationsAsync(db, communes, bailleurs, nombre);
        await DifficultesEtRevuesAsync(db, ids);
        await FoncierAsync(db, communes);
        await AidesEtCilAsync(db, communes);
        Console.WriteLine(
            $"Génération nationale : {nombre:N0} opérations, {communes.Count:N0} communes, en "
                + $"{chrono.Elapsed.TotalSeconds:0} s"
        );
    }

    private static async Task<List<(int Id, string Dep, string? Epci)>> OperationsAsync(
        PilotisDbContext db,
        List<CommuneGeneree> communes,
        List<int> bailleurs,
        int nombre
    )
    {
        var lot = new List<Operation>();
        foreach (
            var o in new GenerateurOperations(42).Generer(
                communes,
                bailleurs,
                nombre,
                2017,
                2026,
                new DateOnly(2026, 11, 27),
                DateTimeOffset.UtcNow,
                Prefixe
            )
        )
        {
            lot.Add(o);
            if (lot.Count < 5000)
                continue;
            db.Operations.AddRange(lot);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            lot.Clear();
        }
        db.Operations.AddRange(lot);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var lues = await db
            .Operations.AsNoTracking()
            .Where(o => o.Numero.StartsWith(Prefixe))
            .Select(o => new
            {
                o.Id,
                o.DepartementCode,
                o.EpciSiren,
            })
            .ToListAsync();
        return lues.Select(o => (o.Id, o.DepartementCode, o.EpciSiren)).ToList();
    }

    /// <summary>Une opération sur cinq examinée en revue (2024 à 2026) ; trois revues par EPCI et par an.</summary>
    private static async Task DifficultesEtRevuesAsync(
        PilotisDbContext db,
        List<(int Id, string Dep, string? Epci)> ops
    )
    {
        var hasard = new Random(7);
        var categories = Enum.GetValues<CategorieBlocage>();
        foreach (var paquet in ops.Where((_, i) => i % 5 == 0).Chunk(5000))
        {
            db.Difficultes.AddRange(
                paquet.Select(o => new Difficulte
                {
                    OperationId = o.Id,
                    Categorie = categories[hasard.Next(categories.Length)],
                    Description = "Difficulté fictive du banc",
                    SignaleeLe = new DateOnly(2024 + hasard.Next(3), 1 + hasard.Next(12), 1 + hasard.Next(28)),
                    SignaleePar = "banc",
                })
            );
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        // Un EPCI peut s'étendre sur deux départements : ses revues sont rattachées à un seul.
        foreach (
            var (epci, dep) in ops.Where(o => o.Epci != null).GroupBy(o => o.Epci!).Select(g => (g.Key, g.First().Dep))
        )
        {
            for (var a = 2024; a <= 2026; a++)
            {
                for (var n = 1; n <= RevueProjets.ParAn; n++)
                    db.RevuesProjets.Add(
                        new RevueProjets
                        {
                            EpciSiren = epci,
                            DepartementCode = dep,
                            Annee = a,
                            Numero = n,
                            Date = new DateOnly(a, 4 * n - 1, 15),
                            Statut = StatutRevue.Tenue,
                        }
                    );
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>Deux sites fonciers et un outil par commune de plus de 2 000 habitants.</summary>
    private static async Task FoncierAsync(PilotisDbContext db, List<CommuneGeneree> communes)
    {
        var hasard = new Random(11);
        var statuts = Enum.GetValues<StatutSite>();
        var types = Enum.GetValues<TypeOutilFoncier>();
        var n = 0;
        foreach (var paquet in communes.Where(c => c.Population >= 2000).Chunk(2000))
        {
            foreach (var c in paquet)
            {
                for (var k = 0; k < 2; k++)
                    db.SitesFonciers.Add(
                        new SiteFoncier
                        {
                            Identifiant = $"B{++n}",
                            Nom = "Site fictif du banc",
                            CommuneCode = c.Code,
                            EpciSiren = c.EpciSiren,
                            DepartementCode = c.DepartementCode,
                            RegionCode = c.RegionCode,
                            Parcelles = $"{c.Code}000AB{n % 10000:0000}",
                            SurfaceM2 = 1000 + hasard.Next(20000),
                            CapaciteEstimee = 5 + hasard.Next(60),
                            Statut = statuts[hasard.Next(statuts.Length)],
                            DateStatut = new DateOnly(2022 + hasard.Next(5), 1 + hasard.Next(12), 1),
                            Demonstration = true,
                        }
                    );
                db.OutilsFonciers.Add(
                    new OutilFoncier
                    {
                        Type = types[hasard.Next(types.Length)],
                        Nom = "Outil fictif du banc",
                        CommuneCode = c.Code,
                        EpciSiren = c.EpciSiren,
                        DepartementCode = c.DepartementCode,
                        RegionCode = c.RegionCode,
                        DateDebut = new DateOnly(2020 + hasard.Next(7), 1, 1),
                        Demonstration = true,
                    }
                );
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>2 000 aides locales, 100 000 recherches sur trois ans, une réunion de CIL par EPCI et par an.</summary>
    private static async Task AidesEtCilAsync(PilotisDbContext db, List<CommuneGeneree> communes)
    {
        var hasard = new Random(13);
        for (var i = 0; i < 2000; i++)
            db.Aides.Add(
                new Aide
                {
                    Slug = $"banc-fdr-{i}",
                    Nom = $"Aide locale fictive {i}",
                    Financeurs = [$"Financeur fictif {i % 300}"],
                    Locale = true,
                    DateOuverture = new DateOnly(2023 + hasard.Next(4), 1, 1),
                }
            );
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        for (var p = 0; p < 20; p++)
        {
            for (var i = 0; i < 5000; i++)
                db.RecherchesAides.Add(
                    new RechercheAide
                    {
                        Jour = new DateOnly(2024 + hasard.Next(3), 1 + hasard.Next(12), 1 + hasard.Next(28)),
                        Texte = "logement social",
                        Resultats = hasard.Next(40),
                    }
                );
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        foreach (var epci in communes.Where(c => c.EpciSiren != null).GroupBy(c => c.EpciSiren!))
        {
            for (var a = 2024; a <= 2026; a++)
                db.ReunionsCil.Add(
                    new ReunionCil
                    {
                        EpciSiren = epci.Key,
                        Date = new DateOnly(a, 6, 15),
                        CommunesRepresentees = epci.Where((_, i) => i % 2 == 0).Select(c => c.Code).ToList(),
                    }
                );
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
