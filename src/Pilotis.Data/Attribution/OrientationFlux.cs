using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Orientation des logements libérés d'une année pour un bailleur (gestion en flux, CCH L441-1, R441-5 ; décret
/// n° 2020-145) : lectures ensemblistes (conventions, soldes déjà orientés, logements en attente dans l'ordre de
/// disponibilité), règle <see cref="Orientation"/> appliquée logement par logement en mémoire, écriture en masse dans
/// une transaction (PostgreSQL : COPY dans une table temporaire puis un UPDATE … FROM ; SQLite : UPDATE préparés).
/// Les logements exclus de l'assiette vont au bailleur, les réservations restées en stock à leur réservataire.
/// </summary>
public static class OrientationFlux
{
    /// <summary>Lit le contexte de l'année (conventions, noms, soldes par département).</summary>
    public static async Task<ContexteOrientation> ContexteAsync(
        PilotisDbContext db,
        int bailleurId,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var (debut, fin) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        var conventions = await db
            .ConventionsFlux.AsNoTracking()
            .Where(c => c.BailleurId == bailleurId && c.DateDebut <= fin && c.DateFin >= debut)
            .Where(c => c.Statut == StatutConvention.Signee)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        var ids = conventions.Select(c => c.ReservataireId).Append(bailleurId).Distinct().ToList();
        var noms = await db
            .Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Nom, ct);
        var contexte = new ContexteOrientation
        {
            BailleurId = bailleurId,
            NomBailleur = noms.GetValueOrDefault(bailleurId, "Bailleur"),
            Conventions = conventions,
            Noms = noms,
            Etats = [],
        };
        var orientes = await (
            from l in db.LogementsAAttribuer
            join g in db.Logements on l.LogementId equals g.Id
            join c in db.Communes.Where(c => c.Type == TypeCommune.Actuelle) on g.CommuneCode equals c.Code into cs
            from c in cs.DefaultIfEmpty()
            where g.BailleurId == bailleurId && l.DateDisponibilite >= debut && l.DateDisponibilite <= fin
            where l.Etape >= EtapeAttribution.Oriente && l.Etape != EtapeAttribution.Retire
            where l.Exclusion == MotifExclusionFlux.Aucun && l.ReservationNonConvertie == ReservationNonConvertie.Aucune
            group l by new
            {
                Departement = c != null ? c.DepartementCode : null,
                l.ReservataireId,
                g.Typologie,
            } into x
            select new
            {
                x.Key.Departement,
                x.Key.ReservataireId,
                x.Key.Typologie,
                Nombre = x.Count(),
            }
        ).ToListAsync(ct);
        foreach (var o in orientes)
        {
            var etat = contexte.Etat(o.Departement);
            for (var i = 0; i < o.Nombre; i++)
                etat.Enregistrer(o.ReservataireId, Orientation.Classe(o.Typologie));
        }
        return contexte;
    }

    /// <summary>Les logements de l'année déclarés et pas encore orientés, dans l'ordre de disponibilité.</summary>
    public static Task<List<LogementEnAttente>> EnAttenteAsync(
        PilotisDbContext db,
        int bailleurId,
        int annee,
        bool adresses,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var (debut, fin) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        return (
            from l in db.LogementsAAttribuer.AsNoTracking()
            join g in db.Logements on l.LogementId equals g.Id
            join c in db.Communes.Where(c => c.Type == TypeCommune.Actuelle) on g.CommuneCode equals c.Code into cs
            from c in cs.DefaultIfEmpty()
            where g.BailleurId == bailleurId && l.DateDisponibilite >= debut && l.DateDisponibilite <= fin
            where l.Etape == EtapeAttribution.Declare
            orderby l.DateDisponibilite, l.Id
            select new LogementEnAttente(
                l.Id,
                adresses ? g.IdentifiantRpls : "",
                adresses ? g.Adresse : "",
                g.CommuneCode,
                c != null ? c.DepartementCode : null,
                c != null ? c.EpciSiren : null,
                g.Typologie,
                l.DateDisponibilite,
                l.Exclusion,
                l.ReservationNonConvertie,
                g.ReservataireStockId
            )
        ).ToListAsync(ct);
    }

    /// <summary>
    /// Propose un titulaire pour chaque logement en attente, dans l'ordre : chaque proposition compte dans le solde
    /// des suivantes, comme si les précédentes étaient acceptées (le contexte est mis à jour).
    /// </summary>
    public static IEnumerable<PropositionLogement> Proposer(
        ContexteOrientation contexte,
        IEnumerable<LogementEnAttente> logements
    )
    {
        ArgumentNullException.ThrowIfNull(contexte);
        ArgumentNullException.ThrowIfNull(logements);
        foreach (var l in logements)
        {
            if (l.Exclusion != MotifExclusionFlux.Aucun)
            {
                // Décret n° 2020-145 : les logements exclus de l'assiette restent au bailleur.
                var texte =
                    $"Exclu de l'assiette du flux ({l.Exclusion.Libelle()}) : attribué par {contexte.NomBailleur} "
                    + "hors flux (décret n° 2020-145).";
                yield return new(l, new PropositionOrientation(null, Contingent.Bailleur, [], texte));
            }
            else if (l.Reservation != ReservationNonConvertie.Aucune)
            {
                // CCH L441-1 : réservation restée en stock, le logement revient à son réservataire.
                var texte =
                    $"Réservation restée en stock ({l.Reservation.Libelle()}) : le logement revient à "
                    + $"{contexte.Nom(l.ReservataireStockId)}, hors flux (CCH L441-1).";
                var contingent = l.ReservataireStockId is null
                    ? Contingent.Bailleur
                    : contexte.ContingentStock(l.ReservataireStockId, l.Reservation);
                yield return new(l, new PropositionOrientation(l.ReservataireStockId, contingent, [], texte));
            }
            else
            {
                var etat = contexte.Etat(l.DepartementCode);
                var parts = contexte.Parts(l.DepartementCode, l.DateDisponibilite);
                var p = Orientation.Proposer(parts, etat, l.Typologie, l.EpciSiren);
                etat.Enregistrer(p.ReservataireId, Orientation.Classe(l.Typologie));
                yield return new(l, p);
            }
        }
    }

    /// <summary>Les propositions de l'année pour la page d'orientation (adresses comprises).</summary>
    public static async Task<List<PropositionLogement>> ProposerAnneeAsync(
        PilotisDbContext db,
        int bailleurId,
        int annee,
        CancellationToken ct = default
    )
    {
        var contexte = await ContexteAsync(db, bailleurId, annee, ct);
        var attente = await EnAttenteAsync(db, bailleurId, annee, adresses: true, ct);
        return Proposer(contexte, attente).ToList();
    }

    /// <summary>
    /// Oriente en une passe tous les logements de l'année en attente : proposition acceptée telle quelle, étape
    /// « orienté », date d'orientation ; une entrée de journal résume l'opération. Rend le nombre de logements
    /// orientés.
    /// </summary>
    public static async Task<int> OrienterAnneeAsync(
        PilotisDbContext db,
        int bailleurId,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var maintenant = db.Horloge.GetUtcNow();
        var postgres = db.Database.IsNpgsql();
        await using var propre = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        var contexte = await ContexteAsync(db, bailleurId, annee, ct);
        var attente = await EnAttenteAsync(db, bailleurId, annee, adresses: false, ct);
        var propositions = Proposer(contexte, attente);
        int orientes;
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TEMP TABLE orientation_flux (id integer NOT NULL, reservataire integer, contingent integer "
                    + "NOT NULL, explication text NOT NULL) ON COMMIT DROP",
                ct
            );
            Copier((NpgsqlConnection)db.Database.GetDbConnection(), propositions);
            // Statistiques de la table temporaire : sans elles, le planificateur estime mal la jointure de l'UPDATE.
            await db.Database.ExecuteSqlRawAsync("ANALYZE orientation_flux", ct);
            orientes = await db.Database.ExecuteSqlRawAsync(
                """
                UPDATE "LogementsAAttribuer" AS l
                SET "ReservataireProposeId" = t.reservataire, "ContingentPropose" = t.contingent,
                    "ExplicationOrientation" = t.explication, "ReservataireId" = t.reservataire,
                    "Contingent" = t.contingent, "Etape" = {0}, "OrienteLe" = {1}
                FROM orientation_flux AS t
                WHERE l."Id" = t.id AND l."Etape" = {2}
                """,
                [(int)EtapeAttribution.Oriente, maintenant, (int)EtapeAttribution.Declare],
                ct
            );
        }
        else
        {
            var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
            orientes = Ecrire((SqliteConnection)db.Database.GetDbConnection(), transaction, propositions, maintenant);
        }
        db.Journaliser(
            "Orientation du flux de l'année",
            nameof(LogementAAttribuer),
            null,
            new
            {
                BailleurId = bailleurId,
                Annee = annee,
                Orientes = orientes,
            }
        );
        await db.SaveChangesAsync(ct);
        if (propre is not null)
            await propre.CommitAsync(ct);
        return orientes;
    }

    private static void Copier(NpgsqlConnection connexion, IEnumerable<PropositionLogement> propositions)
    {
        using var copie = connexion.BeginBinaryImport(
            "COPY orientation_flux (id, reservataire, contingent, explication) FROM STDIN (FORMAT BINARY)"
        );
        foreach (var (logement, p) in propositions)
        {
            copie.StartRow();
            copie.Write(logement.Id, NpgsqlDbType.Integer);
            if (p.ReservataireId is int r)
                copie.Write(r, NpgsqlDbType.Integer);
            else
                copie.WriteNull();
            copie.Write((int)p.Contingent, NpgsqlDbType.Integer);
            copie.Write(p.Explication, NpgsqlDbType.Text);
        }
        copie.Complete();
    }

    private static int Ecrire(
        SqliteConnection connexion,
        SqliteTransaction transaction,
        IEnumerable<PropositionLogement> propositions,
        DateTimeOffset maintenant
    )
    {
        using var commande = connexion.CreateCommand();
        commande.Transaction = transaction;
        commande.CommandText =
            "UPDATE \"LogementsAAttribuer\" SET \"ReservataireProposeId\" = $r, \"ContingentPropose\" = $c, "
            + "\"ExplicationOrientation\" = $e, \"ReservataireId\" = $r, \"Contingent\" = $c, \"Etape\" = $etape, "
            + "\"OrienteLe\" = $quand WHERE \"Id\" = $id AND \"Etape\" = $declare";
        var r = commande.Parameters.Add("$r", SqliteType.Integer);
        var c = commande.Parameters.Add("$c", SqliteType.Integer);
        var e = commande.Parameters.Add("$e", SqliteType.Text);
        var id = commande.Parameters.Add("$id", SqliteType.Integer);
        commande.Parameters.AddWithValue("$etape", (int)EtapeAttribution.Oriente);
        commande.Parameters.AddWithValue("$declare", (int)EtapeAttribution.Declare);
        // Même représentation que EF Core SQLite pour un DateTimeOffset (texte ISO avec décalage).
        commande.Parameters.AddWithValue("$quand", maintenant);
        commande.Prepare();
        var ecrits = 0;
        foreach (var (logement, p) in propositions)
        {
            r.Value = p.ReservataireId is int v ? v : DBNull.Value;
            c.Value = (int)p.Contingent;
            e.Value = p.Explication;
            id.Value = logement.Id;
            ecrits += commande.ExecuteNonQuery();
        }
        return ecrits;
    }
}
