using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Bench;

/// <summary>
/// Cotation sur une base PostgreSQL existante (remplie par bench/demandes.sh : 2,8 millions de demandes générées) :
/// <list type="bullet">
/// <item>recalcul complet des scores (<see cref="CotationEnMasse"/>), en demandes/s, rapporté à la simple lecture en
/// flux
/// des mêmes colonnes des mêmes demandes (SELECT lu par un DataReader Npgsql, sans calcul ni écriture) ;</item>
/// <item>p50/p95 de <see cref="RequetesDemande.LireInformationAsync"/> sur des demandes tirées au hasard, rapportés à
/// la lecture
/// d'une demande par sa clé primaire (même contexte EF, même échantillon) ;</item>
/// <item>p50/p95 de <see cref="RequetesDemande.ClasserPourLogementAsync"/> (100 premières) pour des triplets (commune,
/// typologie,
/// produit) tirés des demandes actives, au niveau national puis sur les seules communes du Gard, même référence.</item>
/// </list>
/// Chaque EPCI ayant des demandes et sans grille publiée reçoit la grille proposée par défaut (la base est modifiée).
/// <c>--generer N</c> ajoute d'abord N demandes fictives (pour essayer le banc sur une petite base).
/// </summary>
public static class BancCotation
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
        var echantillons = int.Parse(Option("--echantillons", "300"), CultureInfo.InvariantCulture);
        var generer = int.Parse(Option("--generer", "0"), CultureInfo.InvariantCulture);
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Postgres, connexion);
        var aujourdhui = DateOnly.FromDateTime(DateTime.UtcNow);
        await PreparerBaseAsync(
            options.Options,
            generer,
            aujourdhui,
            Option("--referentiel", "node_modules/@etalab/decoupage-administratif/data")
        );
        // --lectures : seulement l'information du demandeur et le classement (base déjà cotée).
        if (!args.Contains("--lectures"))
            await MesurerRecalculAsync(connexion, options.Options, aujourdhui);
        return await MesurerLecturesAsync(options.Options, echantillons, aujourdhui);
    }

    /// <summary>Migre la base, y génère au besoin des demandes fictives et publie les grilles par défaut.</summary>
    private static async Task PreparerBaseAsync(
        DbContextOptions<PilotisDbContext> options,
        int generer,
        DateOnly aujourdhui,
        string referentiel
    )
    {
        await using (var db = new PilotisDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            if (generer > 0)
            {
                // Base vide : le référentiel des communes d'abord (même source que le site).
                if (!await db.Communes.AnyAsync())
                {
                    await new Pilotis.Data.Territoire.ImportReferentiel(db).ExecuterAsync(referentiel);
                }
                await GenererAsync(db, generer, aujourdhui);
            }
            var grilles = await PublierParDefautAsync(db, aujourdhui);
            if (grilles > 0)
                Console.WriteLine($"Grille proposée par défaut publiée pour {grilles:N0} EPCI sans grille");
        }
    }

    /// <summary>Mesure le recalcul complet des scores et ses références (lecture en flux, UPDATE nu).</summary>
    private static async Task MesurerRecalculAsync(
        string connexion,
        DbContextOptions<PilotisDbContext> options,
        DateOnly aujourdhui
    )
    {
        // 1. Recalcul complet (premier passage : tous les scores s'écrivent s'ils changent), puis ses références : la
        //    lecture en flux des mêmes colonnes, et la réécriture nue des mêmes lignes (UPDATE annulé), enfin un second
        //    recalcul le même jour (rien ne change : lecture, calcul, COPY, aucune ligne réécrite).
        await using (var prepa = new NpgsqlConnection(connexion))
        {
            // Préparation, non mesurée : on part de demandes sans score, comme après un import.
            await prepa.OpenAsync();
            await using var effacer = new NpgsqlCommand(
                """
                UPDATE "Demandes" SET "Score" = NULL, "GrilleCotationId" = NULL, "DateCotation" = NULL
                WHERE "GrilleCotationId" IS NOT NULL
                """,
                prepa
            )
            {
                CommandTimeout = 3600,
            };
            await effacer.ExecuteNonQueryAsync();
            await using var vacuum = new NpgsqlCommand("VACUUM \"Demandes\"", prepa) { CommandTimeout = 3600 };
            await vacuum.ExecuteNonQueryAsync();
        }
        var premier = await RecalculerAsync(options, aujourdhui);
        Console.WriteLine(
            $"Recalcul complet : {premier.DemandesCotees:N0} demandes de {premier.Epci:N0} EPCI en "
                + $"{premier.Duree.TotalSeconds:0.0} s = {premier.DemandesParSeconde:N0} demandes/s (objectif ≥ 50 "
                + $"000) ; dont lecture et calcul {premier.DureeLectureCalcul.TotalSeconds:0.0} s, index de classement "
                + $"{premier.DureeClassement.TotalSeconds:0.0} s"
        );
        var lecture = await LectureSeuleAsync(connexion);
        Console.WriteLine(
            $"  référence 1 : lecture en flux des mêmes colonnes, {lecture.Lignes:N0} lignes en "
                + $"{lecture.Duree.TotalSeconds:0.0} s = {lecture.Lignes / lecture.Duree.TotalSeconds:N0} lignes/s ; "
                + $"rapport recalcul / lecture : {premier.Duree.TotalSeconds / lecture.Duree.TotalSeconds:0.0} ×"
        );
        var reecriture = await ReecritureNueAsync(connexion);
        Console.WriteLine(
            $"  référence 2 : UPDATE nu des mêmes lignes (annulé), {reecriture.Lignes:N0} lignes en "
                + $"{reecriture.Duree.TotalSeconds:0.0} s = {reecriture.Lignes / reecriture.Duree.TotalSeconds:N0} "
                + $"lignes/s ; rapport recalcul / UPDATE nu : "
                + $"{premier.Duree.TotalSeconds / reecriture.Duree.TotalSeconds:0.00} ×"
        );
        var second = await RecalculerAsync(options, aujourdhui);
        Console.WriteLine(
            $"  second recalcul le même jour (aucun score ne change, aucune ligne réécrite) : "
                + $"{second.Duree.TotalSeconds:0.0} s = {second.DemandesParSeconde:N0} demandes/s ; rapport / "
                + $"lecture : {second.Duree.TotalSeconds / lecture.Duree.TotalSeconds:0.0} ×"
        );
        await using (var vide = new NpgsqlConnection(connexion))
        {
            await vide.OpenAsync();
            await using var analyse = new NpgsqlCommand("VACUUM ANALYZE \"Demandes\"", vide) { CommandTimeout = 1800 };
            await analyse.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Mesure l'information du demandeur et le classement pour un logement (national, puis Gard).</summary>
    private static async Task<int> MesurerLecturesAsync(
        DbContextOptions<PilotisDbContext> options,
        int echantillons,
        DateOnly aujourdhui
    )
    {
        await using (var db = new PilotisDbContext(options))
        {
            // 2. Information du demandeur.
            var tirage = await db
                .Database.SqlQuery<Tire>(
                    $"""
                    SELECT "Id", "NumeroUnique", "DateDepot", "CommunePrincipaleCode" AS "Commune",
                        "TypologiePrincipale" AS "Typologie", "ProduitsEligibles" AS "Produits"
                    FROM "Demandes" TABLESAMPLE SYSTEM (5) WHERE "Statut" = 0 AND "CommunePrincipaleCode" IS NOT NULL
                    LIMIT {echantillons
                        * 4}
                    """
                )
                .ToListAsync();
            var alea = new Random(2026);
            var demandes = tirage.OrderBy(_ => alea.Next()).Take(echantillons).ToList();
            if (demandes.Count == 0)
            {
                Console.WriteLine("Aucune demande active : rien à mesurer.");
                return 1;
            }
            var info = await MesurerAsync(demandes, d =>
                RequetesDemande.LireInformationAsync(db, d.NumeroUnique, d.DateDepot, aujourdhui)
            );
            var cle = await MesurerAsync(demandes, d => db.Demandes.AsNoTracking().FirstAsync(x => x.Id == d.Id));
            Rapport($"Information du demandeur ({demandes.Count} demandes au hasard)", info, cle, 20);

            // 3. Classement pour un logement, national puis Gard.
            var national = demandes.Select(Triplet).ToList();
            var classement = await MesurerAsync(national, t =>
                RequetesDemande.ClasserPourLogementAsync(db, t.Commune, t.Typologie, t.Produit, 100)
            );
            Rapport($"Classement pour un logement, national ({national.Count} triplets)", classement, cle, 50);
            var gard = await db
                .Database.SqlQuery<Tire>(
                    $"""
                    SELECT "Id", "NumeroUnique", "DateDepot", "CommunePrincipaleCode" AS "Commune",
                        "TypologiePrincipale" AS "Typologie", "ProduitsEligibles" AS "Produits"
                    FROM "Demandes"
                    WHERE "Statut" = 0 AND "DepartementCode" = '30' AND "CommunePrincipaleCode" IS NOT NULL
                    ORDER BY random() LIMIT {echantillons}
                    """
                )
                .ToListAsync();
            if (gard.Count > 0)
            {
                var classementGard = await MesurerAsync(gard.Select(Triplet).ToList(), t =>
                    RequetesDemande.ClasserPourLogementAsync(db, t.Commune, t.Typologie, t.Produit, 100)
                );
                var cleGard = await MesurerAsync(gard, d => db.Demandes.AsNoTracking().FirstAsync(x => x.Id == d.Id));
                Rapport($"Classement pour un logement, Gard ({gard.Count} triplets)", classementGard, cleGard, 5);
            }
        }
        return 0;
    }

    private static (string Commune, Typologies Typologie, ProduitsEligibles Produit) Triplet(Tire d)
    {
        var produit = (ProduitsEligibles)d.Produits;
        produit =
            produit.HasFlag(ProduitsEligibles.Plus) ? ProduitsEligibles.Plus
            : produit.HasFlag(ProduitsEligibles.Pls) ? ProduitsEligibles.Pls
            : ProduitsEligibles.Plai;
        return (d.Commune!, (Typologies)d.Typologie, produit);
    }

    private static void Rapport(
        string titre,
        (double P50, double P95) mesure,
        (double P50, double P95) reference,
        double objectif
    ) =>
        Console.WriteLine(
            $"{titre} : p50 {mesure.P50:0.00} ms, p95 {mesure.P95:0.00} ms (objectif ≤ {objectif} ms) ; référence "
                + $"lecture par clé primaire p50 {reference.P50:0.00} ms, p95 {reference.P95:0.00} ms ; rapport p95 "
                + $": {mesure.P95 / reference.P95:0.0} ×"
        );

    /// <summary>Latences en ms (p50, p95) après 10 appels d'échauffement.</summary>
    internal static async Task<(double P50, double P95)> MesurerAsync<T, TR>(
        IReadOnlyList<T> entrees,
        Func<T, Task<TR>> appel
    )
    {
        foreach (var e in entrees.Take(10))
            await appel(e);
        var durees = new List<double>(entrees.Count);
        foreach (var e in entrees)
        {
            var chrono = Stopwatch.StartNew();
            await appel(e);
            durees.Add(chrono.Elapsed.TotalMilliseconds);
        }
        durees.Sort();
        double Centile(double q) => durees[Math.Clamp((int)Math.Ceiling(q * durees.Count) - 1, 0, durees.Count - 1)];
        return (Centile(0.5), Centile(0.95));
    }

    private static async Task<BilanCotation> RecalculerAsync(DbContextOptions<PilotisDbContext> options, DateOnly date)
    {
        await using var db = new PilotisDbContext(options);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        return await CotationEnMasse.RecalculerAsync(db, null, date);
    }

    private static async Task<(long Lignes, TimeSpan Duree)> ReecritureNueAsync(string connexion)
    {
        await using var c = new NpgsqlConnection(connexion);
        await c.OpenAsync();
        await using var transaction = await c.BeginTransactionAsync();
        var chrono = Stopwatch.StartNew();
        await using var commande = new NpgsqlCommand(
            """
            UPDATE "Demandes"
            SET "Score" = "Score", "GrilleCotationId" = "GrilleCotationId", "DateCotation" = "DateCotation"
            WHERE "EpciSiren" IS NOT NULL AND "Statut" = 0 AND "DatePurge" IS NULL
            """,
            c,
            transaction
        )
        {
            CommandTimeout = 1800,
        };
        var lignes = await commande.ExecuteNonQueryAsync();
        var duree = chrono.Elapsed;
        await transaction.RollbackAsync();
        return (lignes, duree);
    }

    private static async Task<(long Lignes, TimeSpan Duree)> LectureSeuleAsync(string connexion)
    {
        await using var c = new NpgsqlConnection(connexion);
        await c.OpenAsync();
        var chrono = Stopwatch.StartNew();
        await using var commande = new NpgsqlCommand(
            """
            SELECT "Id", "NumeroUnique", "Score", "Dalo", "CriteresPrioritaires", "Motifs", "SituationLogement",
                   "DateDepot", "RessourcesParUc",
                   "CommuneResidenceCode", "CommuneTravailCode", "Handicap", "Mutation"
            FROM "Demandes" WHERE "EpciSiren" IS NOT NULL AND "Statut" = 0 AND "DatePurge" IS NULL
            """,
            c
        )
        {
            CommandTimeout = 1800,
        };
        await using var lecteur = await commande.ExecuteReaderAsync();
        long lignes = 0;
        while (await lecteur.ReadAsync())
        {
            _ = lecteur.GetInt64(0);
            _ = lecteur.GetDecimal(8);
            lignes++;
        }
        return (lignes, chrono.Elapsed);
    }

    private static async Task<int> PublierParDefautAsync(PilotisDbContext db, DateOnly aujourdhui)
    {
        var avecGrille = await db
            .GrillesCotation.Where(g => g.Statut == StatutGrille.Publiee)
            .Select(g => g.EpciSiren)
            .ToListAsync();
        var epcis = await db
            .Demandes.Where(d => d.EpciSiren != null)
            .Select(d => d.EpciSiren!)
            .Distinct()
            .ToListAsync();
        var nouveaux = epcis.Except(avecGrille).ToList();
        var versions = await db
            .GrillesCotation.GroupBy(g => g.EpciSiren)
            .Select(g => new { g.Key, Max = g.Max(x => x.Version) })
            .ToDictionaryAsync(x => x.Key, x => x.Max);
        foreach (var siren in nouveaux)
        {
            db.GrillesCotation.Add(
                new GrilleCotation
                {
                    EpciSiren = siren,
                    Version = versions.GetValueOrDefault(siren) + 1,
                    Statut = StatutGrille.Publiee,
                    Criteres = PropositionGrilleCotation.Criteres(),
                    CreeeLe = DateTimeOffset.UtcNow,
                    PublieeLe = aujourdhui,
                    Commentaire = "Banc d'essai : grille proposée par défaut.",
                }
            );
        }
        db.JournalDetailleSuspendu = true;
        await db.SaveChangesAsync();
        return nouveaux.Count;
    }

    /// <summary>Quelques milliers de demandes fictives (déterministes) sur des communes réelles du Gard et de
    /// l'Hérault, pour essayer le banc.</summary>
    private static async Task GenererAsync(PilotisDbContext db, int nombre, DateOnly aujourdhui)
    {
        var referentiel = await ReferentielDemandes.ChargerAsync(db);
        var communes = referentiel
            .Communes.Values.Where(c => c.DepartementCode is "30" or "34" && c.EpciSiren != null)
            .Select(c => c.Code)
            .OrderBy(c => c)
            .ToList();
        var alea = new Random(30);
        var prefixe = Guid.NewGuid().ToString("N")[..6];
        db.JournalDetailleSuspendu = true;
        var chrono = Stopwatch.StartNew();
        for (var lot = 0; lot < nombre; lot += 1000)
        {
            for (var i = lot; i < Math.Min(nombre, lot + 1000); i++)
            {
                var personnes = 1 + alea.Next(5);
                var membres = Enumerable
                    .Range(0, personnes)
                    .Select(k => new MembreMenage(
                        k == 0 ? LienMembre.Demandeur
                            : k == 1 ? LienMembre.ConjointOuCoDemandeur
                            : LienMembre.Enfant,
                        k < 2 ? 20 + alea.Next(50) : alea.Next(18),
                        alea.Next(30) == 0,
                        k >= 2
                    ))
                    .ToList();
                var typologie = (Typologies)(1 << Math.Min(5, personnes - 1 + alea.Next(2)));
                var d = new DemandeLogement
                {
                    NumeroUnique = $"BENCH-{prefixe}-{i:D7}",
                    DepartementCode = "30",
                    Membres = membres,
                    RevenuFiscalReference = 6_000m + alea.Next(40_000),
                    RessourcesMensuelles = 500m + alea.Next(3_000),
                    SituationLogement = (SituationLogement)alea.Next(7),
                    Motifs = (MotifsDemande)(1 << alea.Next(12)),
                    CommuneResidenceCode = communes[alea.Next(communes.Count)],
                    CommuneTravailCode = alea.Next(2) == 0 ? communes[alea.Next(communes.Count)] : null,
                    TypologiePrincipale = typologie,
                    TypologiesSouhaitees = typologie | (Typologies)(1 << alea.Next(6)),
                    Mutation = alea.Next(5) == 0,
                    Dalo = alea.Next(50) == 0,
                    CriteresPrioritaires =
                        alea.Next(4) == 0 ? (CriteresPrioritaires)(1 << alea.Next(10)) : CriteresPrioritaires.Aucun,
                    DateDepot = aujourdhui.AddDays(-alea.Next(1, 360)),
                    CreeeLe = DateTimeOffset.UtcNow,
                    ModifieeLe = DateTimeOffset.UtcNow,
                };
                if (alea.Next(8) == 0)
                {
                    d.Statut = StatutDemande.Satisfaite;
                    d.MotifRadiation = MotifRadiation.Attribution;
                    d.DateDepot = aujourdhui.AddDays(-alea.Next(200, 900));
                    d.DateRadiation = aujourdhui.AddDays(-alea.Next(1, 180));
                }
                for (var rang = 1; rang <= 1 + alea.Next(3); rang++)
                    d.Communes.Add(
                        new CommuneSouhaitee { Rang = rang, CommuneCode = communes[alea.Next(communes.Count)] }
                    );
                d.Communes = d
                    .Communes.DistinctBy(c => c.CommuneCode)
                    .Select((c, k) => new CommuneSouhaitee { Rang = k + 1, CommuneCode = c.CommuneCode })
                    .ToList();
                referentiel.Actualiser(d, aujourdhui);
                db.Demandes.Add(d);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"{nombre:N0} demandes fictives ajoutées en {chrono.Elapsed.TotalSeconds:0.0} s");
    }

    private sealed class Tire
    {
        public long Id { get; set; }
        public string NumeroUnique { get; set; } = "";
        public DateOnly DateDepot { get; set; }
        public string? Commune { get; set; }
        public int Typologie { get; set; }
        public int Produits { get; set; }
    }
}
