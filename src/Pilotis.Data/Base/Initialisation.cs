using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Demande;
using Pilotis.Data.Demonstration;
using Pilotis.Data.Financement.Equilibre;
using Pilotis.Data.Territoire;

namespace Pilotis.Data.Base;

/// <summary>
/// Au démarrage : migrer, importer le référentiel si la base n'en a pas, semer la démonstration si la base est vide.
/// </summary>
public static class Initialisation
{
    public static async Task ExecuterAsync(
        IServiceProvider services,
        OptionsInitialisation options,
        ILogger journal,
        CancellationToken ct = default
    )
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PilotisDbContext>();
        var chrono = Stopwatch.StartNew();
        await db.Database.MigrateAsync(ct);
        journal.LogInformation("Base migrée en {Duree} ms", chrono.ElapsedMilliseconds);

        await RolesIdentite.CreerAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (!await db.Communes.AnyAsync(ct))
        {
            var bilan = await new ImportReferentiel(db).ExecuterAsync(options.DossierReferentiel, ct: ct);
            journal.LogInformation(
                "Référentiel {Version} importé : {Communes} communes, {Epci} EPCI en {Duree} ms",
                bilan.Version,
                bilan.Communes,
                bilan.Epci,
                (int)bilan.Duree.TotalMilliseconds
            );
        }
        // Paramètres réglementaires (pas des données de démonstration) : toute instance en a besoin.
        var plafonds = await BaremePlafonds.SemerAsync(db, ct);
        if (plafonds > 0)
            journal.LogInformation("Barème des plafonds de ressources semé : {Lignes} lignes", plafonds);
        await SemisParametresFinanciers.SemerEtJournaliserAsync(db, scope.ServiceProvider, journal, ct);
        var seme = false;
        if (options.SemerDemonstration)
        {
            seme = await scope.ServiceProvider.GetRequiredService<SemisDemonstration>().ExecuterAsync(ct);
            if (seme)
                journal.LogInformation("Données de démonstration du Gard semées");
            // Les modules ajoutent leurs données de démonstration à une base déjà semée (mise à jour d'une instance de
            // démo).
            if (await db.Reglages.AnyAsync(r => r.Cle == Reglage.DonneesDemonstration && r.Valeur == "oui", ct))
            {
                var horloge = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
                await SemerProductionFinancementFoncierAsync(db, horloge, journal, ct);
                var chronoDemandes = Stopwatch.StartNew();
                var demandes = await new SemisDemandes(db).ExecuterAsync(
                    horloge.GetUtcNow(),
                    options.DemandesDemonstration,
                    ct
                );
                if (demandes > 0)
                {
                    journal.LogInformation(
                        "Demandes de logement de démonstration semées : {Demandes} en {Duree} ms",
                        demandes,
                        chronoDemandes.ElapsedMilliseconds
                    );
                    await PasserLesEcheancesDuSemisAsync(scope.ServiceProvider, db, horloge, journal, ct);
                }
                // La cotation lit les demandes semées par les modules précédents.
                var (grilles, cotation) = await new SemisCotation(db).ExecuterAsync(horloge.GetUtcNow(), ct);
                if (grilles > 0)
                    journal.LogInformation(
                        "Grilles de cotation de démonstration publiées : {Grilles} ; {Demandes} demandes cotées en "
                            + "{Duree} ms",
                        grilles,
                        cotation.DemandesCotees,
                        (long)cotation.Duree.TotalMilliseconds
                    );
                await SemerAttributionAsync(db, horloge, journal, ct);
            }
        }
        await MettreAJourStatistiquesAsync(db, seme, journal, ct);
    }

    /// <summary>
    /// La démonstration des modules qui ne lisent pas les demandes : inventaires SRU, opérations, aides, parc, zones de
    /// l'équilibre et sites fonciers (ceux-ci se rattachent aux opérations semées juste avant).
    /// </summary>
    private static async Task SemerProductionFinancementFoncierAsync(
        PilotisDbContext db,
        TimeProvider horloge,
        ILogger journal,
        CancellationToken ct
    )
    {
        var inventaires = await new SemisSru(db).ExecuterAsync("30", horloge.GetUtcNow(), ct);
        if (inventaires > 0)
            journal.LogInformation("Inventaires SRU de démonstration semés : {Lignes} lignes", inventaires);
        var operations = await new SemisProduction(db).ExecuterAsync(horloge.GetUtcNow(), ct);
        if (operations > 0)
            journal.LogInformation("Opérations de démonstration semées : {Operations}", operations);
        var aides = await new SemisAides(db).ExecuterAsync(ct);
        if (aides > 0)
            journal.LogInformation("Aides de démonstration semées : {Aides}", aides);
        await SemisParc.ExecuterEtJournaliserAsync(db, horloge.GetUtcNow(), journal, ct);
        await new SemisZonesEquilibre(db).ExecuterAsync("30", ct);
        var sitesFonciers = await new SemisFoncier(db).ExecuterAsync(horloge.GetUtcNow(), ct);
        if (sitesFonciers > 0)
            journal.LogInformation("Sites fonciers de démonstration semés : {Sites}", sitesFonciers);
        var information = await new SemisFormationEtConcertation(db).ExecuterAsync(horloge.GetUtcNow(), ct);
        if (information > 0)
            journal.LogInformation("Formation et concertation de démonstration semées : {Lignes} lignes", information);
        var referents = await new SemisInformation(db).ExecuterAsync(horloge.GetUtcNow(), ct);
        if (referents > 0)
            journal.LogInformation("Annuaire de démonstration semé : {Fiches} fiches", referents);
        await new SemisFeuilleDeRoute(db).ExecuterAsync(horloge.GetUtcNow(), ct);
    }

    /// <summary>
    /// Statistiques du planificateur de requêtes. Sans elles, SQLite ignore qu'un département regroupe toutes les
    /// demandes d'une base départementale et lit les 23 000 demandes du Gard ligne à ligne par l'index du département
    /// (une recherche dans l'arbre par ligne) au lieu de parcourir la table : 3 à 4 fois plus lent pour les totaux du
    /// registre (docs/adr/0019). Calculées après un semis, et sur une base SQLite qui n'en a jamais eu ; ensuite
    /// l'autovacuum de PostgreSQL les tient, et une base SQLite départementale garde la même forme.
    /// </summary>
    private static async Task MettreAJourStatistiquesAsync(
        PilotisDbContext db,
        bool seme,
        ILogger journal,
        CancellationToken ct
    )
    {
        var chrono = Stopwatch.StartNew();
        // SQLite : un échantillon (analysis_limit) ne suffit pas, le plan reste mauvais ; le Gard s'analyse en
        // quelques dizaines de millisecondes de calcul.
        var sansStatistiques =
            db.Database.IsSqlite()
            && !await db
                .Database.SqlQueryRaw<int>(
                    "SELECT 1 AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
                )
                .AnyAsync(ct);
        if (!seme && !sansStatistiques)
            return;
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
        journal.LogInformation("Statistiques du planificateur à jour en {Duree} ms", chrono.ElapsedMilliseconds);
    }

    /// <summary>
    /// L'attribution de démonstration, après la cotation : les baux signés des objectifs, puis le parcours des
    /// logements libérés (il désigne des demandes cotées sur le parc semé), puis les séances de CALEOL qui inscrivent
    /// les logements dont les candidats sont désignés.
    /// </summary>
    private static async Task SemerAttributionAsync(
        PilotisDbContext db,
        TimeProvider horloge,
        ILogger journal,
        CancellationToken ct
    )
    {
        var baux = await new SemisObjectifsAttribution(db).ExecuterAsync(horloge.GetUtcNow(), ct);
        if (baux > 0)
            journal.LogInformation("Baux signés de démonstration semés : {Baux}", baux);
        var aAttribuer = await new SemisAttribution(db).ExecuterAsync(horloge.GetUtcNow(), ct);
        if (aAttribuer > 0)
            journal.LogInformation("Logements à attribuer de démonstration semés : {Logements}", aAttribuer);
        await new SemisCaleol(db).ExecuterAsync(horloge.GetUtcNow(), ct);
    }

    /// <summary>
    /// La passe d'échéances du jour fait partie du semis : la démonstration s'ouvre telle qu'elle sera après la
    /// première passe quotidienne, qui n'a alors plus rien à radier ni à purger (sinon elle radiait et purgeait au
    /// premier démarrage des centaines de demandes tout juste semées).
    /// </summary>
    private static async Task PasserLesEcheancesDuSemisAsync(
        IServiceProvider services,
        PilotisDbContext db,
        TimeProvider horloge,
        ILogger journal,
        CancellationToken ct
    )
    {
        var configuration = services.GetService<IConfiguration>() ?? new ConfigurationBuilder().Build();
        var passe = await new ServiceEcheancesDemandes(db, configuration).ExecuterAsync(
            Francais.JourAParis(horloge.GetUtcNow()),
            "semis de démonstration",
            ct
        );
        journal.LogInformation(
            "Échéances des demandes semées : {Radiees} radiées pour non-renouvellement, {Purgees} purgées",
            passe.DemandesRadieesNonRenouvellement,
            passe.DemandesPurgees
        );
    }
}
