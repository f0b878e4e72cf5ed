using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande;

/// <summary>
/// Recalcul du score de toutes les demandes actives (CCH L441-2-8) avec la grille publiée de leur EPCI (celui de leur
/// premier choix). Lecture en flux d'une projection des seules colonnes utiles (ni membres ni communes souhaitées),
/// calcul en mémoire, écriture en masse : sur PostgreSQL COPY
/// binaire (id, score, grille) dans une table temporaire puis
/// un seul UPDATE … FROM ; sur SQLite des UPDATE paramétrés préparés, dans une transaction. Les demandes d'un EPCI sans
/// grille publiée, et celles qui ne sont plus actives, perdent leur score. Les scores ne sont pas journalisés un par un
/// (données de demandes, RGPD) : l'appelant journalise l'événement (publication d'une grille).
/// </summary>
public static class CotationEnMasse
{
    /// <summary>La grille publiée d'un EPCI et son contexte à une date ; null sans grille publiée.</summary>
    public static async Task<GrilleEnVigueur?> GrilleEnVigueurAsync(
        PilotisDbContext db,
        string epciSiren,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var grille = await db
            .GrillesCotation.AsNoTracking()
            .FirstOrDefaultAsync(g => g.EpciSiren == epciSiren && g.Statut == StatutGrille.Publiee, ct);
        return grille is null ? null : await ContexteAsync(db, grille, date, ct);
    }

    /// <summary>
    /// Cote une demande à l'instant où un guichet l'écrit (création, modification, renouvellement, radiation) : la
    /// grille publiée de son EPCI au jour de l'écriture, ou aucun score si la demande n'est plus active, est purgée
    /// ou si son EPCI n'a pas de grille publiée (CCH L441-2-8). Ne fait que renseigner la demande suivie : le score
    /// part avec l'écriture de la demande, sans seconde écriture.
    /// </summary>
    public static async Task CoterDemandeAsync(
        PilotisDbContext db,
        DemandeLogement demande,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demande);
        var enVigueur =
            demande.Statut == StatutDemande.Active && demande.DatePurge is null && demande.EpciSiren is { } epci
                ? await GrilleEnVigueurAsync(db, epci, date, ct)
                : null;
        if (enVigueur is null)
        {
            demande.Score = null;
            demande.GrilleCotationId = null;
            demande.DateCotation = null;
            return;
        }
        demande.Score = CalculCotation.Total(enVigueur.Grille.Criteres, Donnees(demande), enVigueur.Contexte);
        demande.GrilleCotationId = enVigueur.Grille.Id;
        demande.DateCotation = date;
    }

    /// <summary>Les données de cotation d'une demande chargée (les mêmes que <see cref="ActivesDe"/>).</summary>
    public static DonneesCotation Donnees(DemandeLogement d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DonneesCotation(
            d.Dalo,
            d.CriteresPrioritaires,
            d.Motifs,
            d.SituationLogement,
            d.DateDepot,
            d.RessourcesParUc,
            d.CommuneResidenceCode,
            d.CommuneTravailCode,
            d.Handicap,
            d.Mutation
        );
    }

    /// <summary>Contexte de cotation d'une grille (publiée ou brouillon) à une date : communes de l'EPCI et seuil du
    /// premier quartile.</summary>
    public static async Task<GrilleEnVigueur> ContexteAsync(
        PilotisDbContext db,
        GrilleCotation grille,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(grille);
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.EpciSiren == grille.EpciSiren)
            .Select(c => c.Code)
            .ToListAsync(ct);
        // Le seuil n'est cherché que si la grille s'en sert : le calculer lit toutes les demandes actives de l'EPCI.
        var seuil = grille.Criteres.Any(c => c.Type == TypeCritere.PremierQuartile)
            ? await CacheSeuilsQuartile.SeuilAsync(db, grille.EpciSiren, date.Year, ct)
            : SeuilQuartile.Inconnu;
        return new GrilleEnVigueur(
            grille,
            new ContexteCotation(date, seuil.Valeur, communes.ToHashSet(StringComparer.Ordinal)),
            seuil
        );
    }

    /// <summary>Projection des colonnes utiles à la cotation des demandes actives d'un EPCI.</summary>
    public static IQueryable<DemandeACoter> ActivesDe(
        PilotisDbContext db,
        string epciSiren,
        DateTimeOffset? modifieesDepuis = null
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var actives = db
            .Demandes.AsNoTracking()
            .Where(d => d.EpciSiren == epciSiren && d.Statut == StatutDemande.Active && d.DatePurge == null);
        if (modifieesDepuis is DateTimeOffset depuis)
            actives = actives.Where(d => d.ModifieeLe >= depuis);
        return actives.Select(d => new DemandeACoter(
            d.Id,
            d.NumeroUnique,
            d.Score,
            new DonneesCotation(
                d.Dalo,
                d.CriteresPrioritaires,
                d.Motifs,
                d.SituationLogement,
                d.DateDepot,
                d.RessourcesParUc,
                d.CommuneResidenceCode,
                d.CommuneTravailCode,
                d.Handicap,
                d.Mutation
            )
        ));
    }

    /// <summary>Recalcule le score de toutes les demandes actives d'un EPCI (ou de tous), puis remet d'accord
    /// l'index de classement et vide le cache des seuils du premier quartile (ADR 0020).</summary>
    public static Task<BilanCotation> RecalculerAsync(
        PilotisDbContext db,
        string? epciSiren,
        DateOnly date,
        IProgress<int>? progression = null,
        CancellationToken ct = default
    ) => CoterPorteeAsync(db, epciSiren, null, date, progression, ct);

    /// <summary>
    /// Cote à l'instant les demandes écrites depuis <paramref name="depuis"/> (fin d'un import en masse : ajoutées,
    /// renouvelées ou modifiées, elles portent l'horodatage de l'import) et reconstruit leurs lignes de l'index de
    /// classement. À appeler après le chargement, dans la même transaction si l'import en a une.
    /// </summary>
    public static Task<BilanCotation> CoterModifieesDepuisAsync(
        PilotisDbContext db,
        DateTimeOffset depuis,
        DateOnly date,
        CancellationToken ct = default
    ) => CoterPorteeAsync(db, null, depuis, date, null, ct);

    private static async Task<BilanCotation> CoterPorteeAsync(
        PilotisDbContext db,
        string? epciSiren,
        DateTimeOffset? depuis,
        DateOnly date,
        IProgress<int>? progression,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var chrono = Stopwatch.StartNew();
        var grilles = await db
            .GrillesCotation.AsNoTracking()
            .Where(g => g.Statut == StatutGrille.Publiee && (epciSiren == null || g.EpciSiren == epciSiren))
            .ToListAsync(ct);
        var sirens = grilles.Select(g => g.EpciSiren).ToList();
        var postgres = db.Database.IsNpgsql();

        // Dans la transaction de l'appelant s'il en a une (publication
        // d'une grille : tout ou rien), sinon dans la sienne.
        await using var propre = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        var retires = await RetirerScoresAsync(db, epciSiren, depuis, sirens, ct);
        if (depuis is not null)
            grilles = await GrillesTouchees(db, grilles, depuis.Value, ct);
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TEMP TABLE IF NOT EXISTS cotation_scores (id bigint NOT NULL, score numeric(9,2) NOT NULL, "
                    + "grille integer NOT NULL) ON COMMIT DROP",
                ct
            );
        }
        var (cotees, lecture) = await CoterAsync(db, grilles, depuis, date, progression, ct);
        if (postgres && cotees > 0)
            await AppliquerPostgresAsync(db, date, ct);
        var classement = Stopwatch.StartNew();
        if (depuis is DateTimeOffset d)
            await IndexClassement.ActualiserModifieesDepuisAsync(db, d, ct);
        else
            await IndexClassement.SynchroniserAsync(db, epciSiren, ct);
        classement.Stop();
        if (propre is not null)
            await propre.CommitAsync(ct);
        CacheSeuilsQuartile.Invalider();
        return new BilanCotation(grilles.Count, cotees, retires, chrono.Elapsed)
        {
            DureeLectureCalcul = lecture,
            DureeClassement = classement.Elapsed,
        };
    }

    /// <summary>Après un import, seules les grilles des EPCI qui ont des demandes écrites comptent : un petit fichier
    /// ne recalcule pas le seuil du premier quartile de toute la France.</summary>
    private static async Task<List<GrilleCotation>> GrillesTouchees(
        PilotisDbContext db,
        List<GrilleCotation> grilles,
        DateTimeOffset depuis,
        CancellationToken ct
    )
    {
        var touches = await db
            .Demandes.AsNoTracking()
            .Where(d => d.ModifieeLe >= depuis && d.EpciSiren != null)
            .Select(d => d.EpciSiren!)
            .Distinct()
            .ToListAsync(ct);
        var ensemble = touches.ToHashSet(StringComparer.Ordinal);
        return grilles.Where(g => ensemble.Contains(g.EpciSiren)).ToList();
    }

    /// <summary>
    /// Retire d'abord les scores devenus sans objet : EPCI sans
    /// grille publiée, demande qui n'est plus active ou purgée.
    /// </summary>
    private static Task<int> RetirerScoresAsync(
        PilotisDbContext db,
        string? epciSiren,
        DateTimeOffset? depuis,
        List<string> sirens,
        CancellationToken ct
    ) =>
        db
            .Demandes.Where(d => d.GrilleCotationId != null || d.Score != null)
            .Where(d => epciSiren == null || d.EpciSiren == epciSiren)
            .Where(d => depuis == null || d.ModifieeLe >= depuis)
            .Where(d =>
                d.EpciSiren == null
                || !sirens.Contains(d.EpciSiren)
                || d.Statut != StatutDemande.Active
                || d.DatePurge != null
            )
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(d => d.Score, (decimal?)null)
                        .SetProperty(d => d.GrilleCotationId, (int?)null)
                        .SetProperty(d => d.DateCotation, (DateOnly?)null),
                ct
            );

    /// <summary>
    /// Calcule le score des demandes actives de chaque EPCI à grille publiée et l'écrit (PostgreSQL : COPY dans la
    /// table temporaire ; SQLite : UPDATE préparés) ; rend le nombre
    /// de demandes cotées et la durée de lecture et de calcul.
    /// </summary>
    private static async Task<(int Cotees, TimeSpan Lecture)> CoterAsync(
        PilotisDbContext db,
        List<GrilleCotation> grilles,
        DateTimeOffset? depuis,
        DateOnly date,
        IProgress<int>? progression,
        CancellationToken ct
    )
    {
        var postgres = db.Database.IsNpgsql();
        var connexion = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!;
        var lecture = Stopwatch.StartNew();
        lecture.Stop();
        var cotees = 0;
        var lot = new List<(long Id, decimal Score)>();
        foreach (var grille in grilles)
        {
            ct.ThrowIfCancellationRequested();
            var enVigueur = await ContexteAsync(db, grille, date, ct);
            var criteres = grille.Criteres;
            lot.Clear();
            lecture.Start();
            // Lecture synchrone en flux : nettement plus rapide que l'énumération asynchrone ligne à ligne.
            foreach (var d in ActivesDe(db, grille.EpciSiren, depuis).AsEnumerable())
            {
                lot.Add((d.Id, CalculCotation.Total(criteres, d.Donnees, enVigueur.Contexte)));
            }
            lecture.Stop();
            if (postgres)
                Copier((NpgsqlConnection)connexion, lot, grille.Id);
            else
                Ecrire(
                    (SqliteConnection)connexion,
                    (SqliteTransaction)transaction.GetDbTransaction(),
                    lot,
                    grille.Id,
                    date
                );
            cotees += lot.Count;
            progression?.Report(cotees);
        }
        return (cotees, lecture.Elapsed);
    }

    /// <summary>
    /// Seules les lignes dont le score ou la grille change sont réécrites : un recalcul quotidien ne touche que les
    /// demandes qui ont franchi un mois d'ancienneté (≈ 1/30) ou dont la situation a changé. DateCotation reste donc
    /// la date à laquelle le score actuel a été établi ; l'expliquer à cette date redonne ce score.
    /// </summary>
    private static Task AppliquerPostgresAsync(PilotisDbContext db, DateOnly date, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "Demandes" AS d SET "Score" = t.score, "GrilleCotationId" = t.grille, "DateCotation" = {0}
            FROM cotation_scores AS t
            WHERE d."Id" = t.id
              AND (d."Score" IS DISTINCT FROM t.score OR d."GrilleCotationId" IS DISTINCT FROM t.grille
                   OR d."DateCotation" IS NULL)
            """,
            [date],
            ct
        );

    private static void Copier(NpgsqlConnection connexion, List<(long Id, decimal Score)> lot, int grilleId)
    {
        if (lot.Count == 0)
            return;
        using var copie = connexion.BeginBinaryImport(
            "COPY cotation_scores (id, score, grille) FROM STDIN (FORMAT BINARY)"
        );
        foreach (var (id, score) in lot)
        {
            copie.StartRow();
            copie.Write(id, NpgsqlDbType.Bigint);
            copie.Write(score, NpgsqlDbType.Numeric);
            copie.Write(grilleId, NpgsqlDbType.Integer);
        }
        copie.Complete();
    }

    private static void Ecrire(
        SqliteConnection connexion,
        SqliteTransaction transaction,
        List<(long Id, decimal Score)> lot,
        int grilleId,
        DateOnly date
    )
    {
        if (lot.Count == 0)
            return;
        using var commande = connexion.CreateCommand();
        commande.Transaction = transaction;
        commande.CommandText =
            "UPDATE \"Demandes\" SET \"Score\" = $score, \"GrilleCotationId\" = $grille, \"DateCotation\" = $date "
            + "WHERE \"Id\" = $id";
        var score = commande.Parameters.Add("$score", SqliteType.Text);
        var id = commande.Parameters.Add("$id", SqliteType.Integer);
        commande.Parameters.AddWithValue("$grille", grilleId);
        // Même représentation que EF Core SQLite (texte aaaa-mm-jj ; décimal en texte invariant).
        commande.Parameters.AddWithValue("$date", date);
        commande.Prepare();
        foreach (var (identifiant, valeur) in lot)
        {
            score.Value = valeur;
            id.Value = identifiant;
            commande.ExecuteNonQuery();
        }
    }
}
