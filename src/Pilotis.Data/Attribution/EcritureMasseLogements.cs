using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Écriture en masse de logements déjà vérifiés (import du parc, semis de démonstration), en flux : les logements
/// arrivent un à un et ne sont jamais tous en mémoire. Même démarche que l'écriture des demandes
/// (<c>EcritureMasseDemandes</c>) : PostgreSQL, COPY binaire dans une table temporaire puis une seule requête
/// ensembliste <c>INSERT … ON CONFLICT ("IdentifiantRpls") DO UPDATE</c> qui ne touche que les logements qui
/// changent ; SQLite, requêtes préparées ligne à ligne. Un logement identique n'est pas touché (réimport sans effet).
/// Un logement déjà enregistré hors du périmètre de l'acteur refuse le fichier (sa ligne nommée) : tout est annulé.
/// Tout dans une transaction ; une entrée de journal de synthèse (des comptes, jamais de valeurs).
/// </summary>
public sealed class EcritureMasseLogements(PilotisDbContext db, DateTimeOffset maintenant)
{
    /// <summary>Les colonnes que l'import écrit, dans l'ordre du COPY (la réservation en stock n'est pas du
    /// fichier : elle se saisit sur la fiche du logement).</summary>
    private static readonly string[] Colonnes =
    [
        "IdentifiantRpls",
        "BailleurId",
        "CommuneCode",
        "Adresse",
        "EnQpv",
        "Typologie",
        "Surface",
        "Financement",
        "AnneeConstruction",
        "LoyerMensuel",
        "EtiquetteEnergie",
        "Occupation",
    ];

    private static string Liste(string prefixe = "") => string.Join(", ", Colonnes.Select(c => $"{prefixe}\"{c}\""));

    public async Task<ResultatEcritureLogements> EcrireAsync(
        IEnumerable<LogementLu> logements,
        PerimetreImportLogements perimetre,
        string action,
        string? source,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(logements);
        ArgumentNullException.ThrowIfNull(perimetre);
        db.JournalDetailleSuspendu = true;
        var delai = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var resultat = db.Database.IsNpgsql()
                ? await PostgresAsync(logements, perimetre, ct)
                : await SqliteAsync(logements, perimetre, transaction.GetDbTransaction(), ct);
            if (resultat.Refus.Count > 0)
            {
                await transaction.RollbackAsync(ct);
                return resultat;
            }
            if (resultat.Ajoutes + resultat.Modifies > 0)
            {
                db.Journaliser(
                    action,
                    nameof(Logement),
                    null,
                    new
                    {
                        source,
                        lignes = resultat.Lues,
                        ajoutes = resultat.Ajoutes,
                        modifies = resultat.Modifies,
                        inchanges = resultat.Inchanges,
                    }
                );
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            return resultat;
        }
        finally
        {
            db.Database.SetCommandTimeout(delai);
            db.JournalDetailleSuspendu = false;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<ResultatEcritureLogements> PostgresAsync(
        IEnumerable<LogementLu> logements,
        PerimetreImportLogements perimetre,
        CancellationToken ct
    )
    {
        var lues = await CopierAsync(logements, ct);
        var refus = await HorsPerimetrePostgresAsync(perimetre, ct);
        if (refus.Count > 0)
            return new ResultatEcritureLogements(lues, 0, 0, 0, refus);
        var miseAJour = string.Join(
            ", ",
            Colonnes.Where(c => c != "IdentifiantRpls").Select(c => $"\"{c}\" = EXCLUDED.\"{c}\"")
        );
        var fusion =
            "WITH ecrits AS ("
            + $"INSERT INTO \"Logements\" ({Liste()}, \"ReservationNonConvertie\", \"ModifieLe\") "
            + $"SELECT {Liste("s.")}, 0, @maintenant FROM import_logements s "
            + "LEFT JOIN \"Logements\" d ON d.\"IdentifiantRpls\" = s.\"IdentifiantRpls\" "
            + $"WHERE d.\"Id\" IS NULL OR ROW({Liste("d.")}) IS DISTINCT FROM ROW({Liste("s.")}) "
            + $"ON CONFLICT (\"IdentifiantRpls\") DO UPDATE SET {miseAJour}, \"ModifieLe\" = EXCLUDED.\"ModifieLe\" "
            + "RETURNING (xmax = 0) AS ajout) "
            + "SELECT count(*) FILTER (WHERE ajout) AS \"Ajoutes\", count(*) FILTER (WHERE NOT ajout) AS \"Modifies\" "
            + "FROM ecrits";
        var comptes = await db
            .Database.SqlQueryRaw<Comptes>(
                fusion,
                new NpgsqlParameter("maintenant", NpgsqlDbType.TimestampTz) { Value = maintenant.ToUniversalTime() }
            )
            .ToListAsync(ct);
        var (ajoutes, modifies) = (comptes[0].Ajoutes, comptes[0].Modifies);
        return new ResultatEcritureLogements(lues, ajoutes, modifies, lues - ajoutes - modifies, []);
    }

    public sealed record Comptes(long Ajoutes, long Modifies);

    public sealed record LigneRefusee(long Ligne);

    /// <summary>COPY binaire des logements (et de leur numéro de ligne) dans une table temporaire.</summary>
    private async Task<long> CopierAsync(IEnumerable<LogementLu> logements, CancellationToken ct)
    {
        var connexion = (NpgsqlConnection)db.Database.GetDbConnection();
        // Table temporaire : ni journal d'écriture (WAL) ni index ; supprimée à la fin de la transaction.
        var creation =
            $"CREATE TEMP TABLE import_logements ON COMMIT DROP AS SELECT {Liste()} FROM \"Logements\" WITH NO DATA; "
            + "ALTER TABLE import_logements ADD COLUMN ligne bigint";
        await db.Database.ExecuteSqlRawAsync(creation, ct);
        long lues = 0;
        // Écritures synchrones : l'importateur binaire de Npgsql y est nettement plus rapide (comme les demandes).
        using (
            var copie = connexion.BeginBinaryImport(
                $"COPY import_logements ({Liste()}, ligne) FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            copie.Timeout = TimeSpan.FromHours(2);
            foreach (var (ligne, l) in logements)
            {
                ct.ThrowIfCancellationRequested();
                copie.StartRow();
                copie.Write(l.IdentifiantRpls, NpgsqlDbType.Varchar);
                copie.Write(l.BailleurId, NpgsqlDbType.Integer);
                copie.Write(l.CommuneCode, NpgsqlDbType.Varchar);
                copie.Write(l.Adresse, NpgsqlDbType.Varchar);
                copie.Write(l.EnQpv, NpgsqlDbType.Boolean);
                copie.Write((int)l.Typologie, NpgsqlDbType.Integer);
                copie.Write(l.Surface, NpgsqlDbType.Numeric);
                copie.Write((int)l.Financement, NpgsqlDbType.Integer);
                copie.Write(l.AnneeConstruction, NpgsqlDbType.Integer);
                copie.Write(l.LoyerMensuel, NpgsqlDbType.Numeric);
                if (l.EtiquetteEnergie is char e)
                    copie.Write(e.ToString(), NpgsqlDbType.Char);
                else
                    copie.WriteNull();
                copie.Write((int)l.Occupation, NpgsqlDbType.Integer);
                copie.Write(ligne, NpgsqlDbType.Bigint);
                lues++;
            }
            copie.Complete();
        }
        // Statistiques fraîches : sans elles le planificateur croirait la table temporaire vide.
        await db.Database.ExecuteSqlRawAsync(
            "ANALYZE import_logements; ANALYZE \"Logements\"; SET LOCAL work_mem = '128MB'",
            ct
        );
        return lues;
    }

    /// <summary>Les lignes qui réécriraient un logement déjà enregistré hors du périmètre de l'acteur.</summary>
    private async Task<List<ErreurLigne>> HorsPerimetrePostgresAsync(
        PerimetreImportLogements perimetre,
        CancellationToken ct
    )
    {
        if (perimetre.BailleurId is null && perimetre.DepartementCode is null)
            return [];
        var requete =
            "SELECT s.ligne AS \"Ligne\" FROM import_logements s "
            + "JOIN \"Logements\" d ON d.\"IdentifiantRpls\" = s.\"IdentifiantRpls\" "
            + "JOIN \"Communes\" c ON c.\"Code\" = d.\"CommuneCode\" AND c.\"Type\" = 0 "
            + "WHERE NOT ((@bailleur IS NULL OR d.\"BailleurId\" = @bailleur) "
            + "AND (@departement IS NULL OR c.\"DepartementCode\" = @departement)) "
            + $"ORDER BY s.ligne LIMIT {ImportLogements.ErreursListees}";
        var lignes = await db
            .Database.SqlQueryRaw<LigneRefusee>(
                requete,
                new NpgsqlParameter("bailleur", NpgsqlDbType.Integer)
                {
                    Value = (object?)perimetre.BailleurId ?? DBNull.Value,
                },
                new NpgsqlParameter("departement", NpgsqlDbType.Varchar)
                {
                    Value = (object?)perimetre.DepartementCode ?? DBNull.Value,
                }
            )
            .ToListAsync(ct);
        return lignes.Select(l => new ErreurLigne((int)l.Ligne, MessageHorsPerimetre)).ToList();
    }

    internal const string MessageHorsPerimetre =
        "identifiant_rpls : ce logement est déjà enregistré pour un autre bailleur ou hors de votre département ; "
        + "vous ne pouvez pas le réécrire.";

    private async Task<ResultatEcritureLogements> SqliteAsync(
        IEnumerable<LogementLu> logements,
        PerimetreImportLogements perimetre,
        DbTransaction transaction,
        CancellationToken ct
    )
    {
        using var commandes = new CommandesSqliteLogements(db.Database.GetDbConnection(), transaction, Colonnes);
        var vide = await commandes.VideAsync(ct);
        var horodatage = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(maintenant)!;
        long lues = 0,
            ajoutes = 0,
            modifies = 0;
        var refus = new List<ErreurLigne>();
        // Appels synchrones : Microsoft.Data.Sqlite n'a pas d'entrées-sorties asynchrones.
        foreach (var (ligne, l) in logements)
        {
            ct.ThrowIfCancellationRequested();
            lues++;
            var existant = vide ? null : commandes.Lire(l.IdentifiantRpls);
            if (existant is null)
            {
                commandes.Inserer(l, horodatage);
                ajoutes++;
                continue;
            }
            if (!perimetre.Admet(existant.Value.Logement.BailleurId, existant.Value.Departement))
            {
                if (refus.Count < ImportLogements.ErreursListees)
                    refus.Add(new ErreurLigne((int)ligne, MessageHorsPerimetre));
                continue;
            }
            if (existant.Value.Logement.MemesValeurs(l))
                continue;
            commandes.Modifier(existant.Value.Id, l, horodatage);
            modifies++;
        }
        return new ResultatEcritureLogements(lues, ajoutes, modifies, lues - ajoutes - modifies, refus);
    }

    internal static object Valeur(Logement l, string colonne) =>
        colonne switch
        {
            "IdentifiantRpls" => l.IdentifiantRpls,
            "BailleurId" => l.BailleurId,
            "CommuneCode" => l.CommuneCode,
            "Adresse" => l.Adresse,
            "EnQpv" => l.EnQpv,
            "Typologie" => (int)l.Typologie,
            "Surface" => l.Surface.ToString("0.0#", CultureInfo.InvariantCulture),
            "Financement" => (int)l.Financement,
            "AnneeConstruction" => l.AnneeConstruction,
            "LoyerMensuel" => l.LoyerMensuel.ToString("0.0#", CultureInfo.InvariantCulture),
            "EtiquetteEnergie" => l.EtiquetteEnergie is char e ? e.ToString() : DBNull.Value,
            "Occupation" => (int)l.Occupation,
            _ => throw new ArgumentOutOfRangeException(nameof(colonne), colonne, null),
        };
}
