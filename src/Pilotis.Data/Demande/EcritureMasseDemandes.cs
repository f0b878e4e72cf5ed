using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Data.Base;
using Pilotis.Data.Import;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Écriture en masse de demandes déjà vérifiées (import de l'extrait national, semis de démonstration), en flux : les
/// demandes arrivent une à une et ne sont jamais toutes en mémoire. Une demande dont le numéro unique existe est mise à
/// jour (son identifiant, son guichet et sa cotation sont gardés
/// ; ses communes souhaitées sont réécrites) ; une demande
/// identique n'est pas touchée (ni date de modification ni jeton), d'où un réimport sans effet visible. Une demande
/// purgée n'est jamais réécrite : ses données personnelles ne reviennent pas (RGPD). Les colonnes dérivées sont
/// recalculées ici par <see cref="ReferentielDemandes.Actualiser"/>.
/// Chaque demande écrite garde l'empreinte de ce que l'import écrit (<see cref="EmpreinteLigne"/>, colonnes et
/// communes souhaitées) : « identique » se décide sur cette seule colonne (ADR 0018).
/// PostgreSQL : COPY binaire dans une table temporaire (sans journal d'écriture), puis écriture ensembliste :
/// <c>UPDATE … FROM</c> des demandes dont l'empreinte diffère, <c>INSERT</c> des nouvelles (anti-jointure) ; dans
/// une table vide ou presque, les index secondaires sont construits après le chargement (<see cref="IndexDifferes"/>).
/// SQLite : requêtes préparées ligne à ligne, l'empreinte relue par le numéro unique. Tout dans une transaction ;
/// <c>abandon</c>, appelé une fois les demandes lues, peut encore tout annuler (import en une passe : une ligne
/// fausse vue après les premières écritures). Une entrée de journal de synthèse (des comptes, jamais de valeurs).
/// </summary>
public sealed class EcritureMasseDemandes(
    PilotisDbContext db,
    ReferentielDemandes referentiel,
    DateTimeOffset maintenant
)
{
    private readonly DateOnly _aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);

    /// <summary>
    /// Une demande purgée n'est jamais réécrite (RGPD) : la seule définition de la règle pour les deux chemins, en SQL
    /// (PostgreSQL : dans la fusion ; SQLite : dans la relecture de la demande existante). Même sens que
    /// <see cref="DemandeLogement.EstPurgee"/>.
    /// </summary>
    private static string Reecrivable(string alias) => $"{alias}.\"DatePurge\" IS NULL";

    private static string Liste(string prefixe = "") => ColonnesDemande.Liste(prefixe);

    public async Task<ResultatEcritureDemandes> EcrireAsync(
        IEnumerable<DemandeLogement> demandes,
        string action,
        IProgress<long>? progression = null,
        string? source = null,
        Func<bool>? abandon = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(demandes);
        abandon ??= () => false;
        db.JournalDetailleSuspendu = true;
        // Une fusion de 2,8 millions de demandes dure bien plus que les 30 s par défaut d'une commande.
        var delai = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var resultat = db.Database.IsNpgsql()
                ? await PostgresAsync(demandes, progression, abandon, ct)
                : await SqliteAsync(demandes, transaction.GetDbTransaction(), progression, abandon, ct);
            if (resultat.Abandonne)
            {
                await transaction.RollbackAsync(ct);
                return resultat;
            }
            if (resultat.Ajoutees + resultat.Modifiees > 0)
            {
                db.Journaliser(
                    action,
                    nameof(DemandeLogement),
                    null,
                    new
                    {
                        source,
                        demandes = resultat.Lues,
                        ajoutees = resultat.Ajoutees,
                        modifiees = resultat.Modifiees,
                        inchangees = resultat.Inchangees,
                    }
                );
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            // Écrites hors du suivi des modifications : les agrégats gardés du registre sont relus.
            CacheAgregats.Demandes.Invalider(db);
            return resultat;
        }
        finally
        {
            db.Database.SetCommandTimeout(delai);
            db.JournalDetailleSuspendu = false;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<ResultatEcritureDemandes> PostgresAsync(
        IEnumerable<DemandeLogement> demandes,
        IProgress<long>? progression,
        Func<bool> abandon,
        CancellationToken ct
    )
    {
        var chrono = System.Diagnostics.Stopwatch.StartNew();
        var lues = await CopierAsync(demandes, progression, ct);
        var dureeCopie = chrono.Elapsed;
        if (abandon())
            return new ResultatEcritureDemandes(lues, 0, 0, 0) { Abandonne = true, DureeCopie = dureeCopie };
        // Table vide ou presque (première reprise) : index secondaires construits après le chargement.
        var differes = await IndexDifferes.PresqueVideAsync(db, "Demandes", lues, ct)
            ? await IndexDifferes.SuspendreAsync(db, ["Demandes", "CommunesSouhaitees"], ct)
            : null;
        var vide = differes is not null && !await db.Demandes.AnyAsync(ct);
        await FusionnerAsync(vide, ct);
        if (differes is not null)
            await differes.RetablirAsync(ct);
        var comptes = await db
            .Database.SqlQueryRaw<Comptes>(
                "SELECT count(*) FILTER (WHERE \"Ajout\") AS \"Ajoutees\", "
                    + "count(*) FILTER (WHERE NOT \"Ajout\") AS \"Modifiees\" FROM import_ecrites"
            )
            .SingleAsync(ct);
        return new ResultatEcritureDemandes(
            lues,
            comptes.Ajoutees,
            comptes.Modifiees,
            lues - comptes.Ajoutees - comptes.Modifiees
        )
        {
            DureeCopie = dureeCopie,
            DureeFusion = chrono.Elapsed - dureeCopie,
            IndexDifferes = differes?.Nombre ?? 0,
        };
    }

    /// <summary>COPY binaire des demandes (et de leur empreinte) dans une table temporaire, colonne par colonne dans
    /// l'ordre de la liste.</summary>
    private async Task<long> CopierAsync(
        IEnumerable<DemandeLogement> demandes,
        IProgress<long>? progression,
        CancellationToken ct
    )
    {
        var connexion = (NpgsqlConnection)db.Database.GetDbConnection();
        // Table temporaire : ni journal d'écriture (WAL) ni index ; supprimée à la fin de la transaction.
        var creation =
            $"CREATE TEMP TABLE import_demandes ON COMMIT DROP AS SELECT \"GuichetId\", {Liste()}, \"Empreinte\" "
            + "FROM \"Demandes\" WITH NO DATA; ALTER TABLE import_demandes ADD COLUMN \"Communes\" text";
        await db.Database.ExecuteSqlRawAsync(creation, ct);
        long lues = 0;
        // Écritures synchrones : l'importateur binaire de Npgsql y
        // est nettement plus rapide qu'en asynchrone champ par champ.
        using (
            var copie = connexion.BeginBinaryImport(
                $"COPY import_demandes (\"GuichetId\", {Liste()}, \"Empreinte\", \"Communes\") FROM STDIN "
                    + "(FORMAT BINARY)"
            )
        )
        {
            copie.Timeout = TimeSpan.FromHours(2);
            foreach (var d in demandes)
            {
                ct.ThrowIfCancellationRequested();
                referentiel.Actualiser(d, _aujourdhui);
                var communes = Communes(d);
                copie.StartRow();
                if (d.GuichetId is int guichet)
                    copie.Write(guichet, NpgsqlDbType.Integer);
                else
                    copie.WriteNull();
                foreach (var colonne in ColonnesDemande.Toutes)
                    colonne.Copier(copie, d);
                copie.Write(EmpreinteLigne.De(Valeurs(d), communes), NpgsqlDbType.Bigint);
                copie.Write(communes, NpgsqlDbType.Text);
                if (++lues % 10_000 == 0)
                    progression?.Report(lues);
            }
            copie.Complete();
        }
        progression?.Report(lues);
        // Jointures par hachage de millions de lignes : assez de mémoire de travail (côté serveur, cette transaction
        // seulement). Statistiques fraîches de la table temporaire : sans elles le planificateur la croirait vide.
        await db.Database.ExecuteSqlRawAsync("ANALYZE import_demandes; SET LOCAL work_mem = '128MB'", ct);
        return lues;
    }

    /// <summary>
    /// Écriture ensembliste, sans sous-requête par ligne : met à jour les demandes dont l'empreinte diffère (sauf les
    /// purgées), insère les nouvelles (anti-jointure sur le numéro unique, sautée quand la table était vide), puis
    /// réécrit les communes souhaitées des demandes écrites.
    /// </summary>
    private async Task FusionnerAsync(bool vide, CancellationToken ct)
    {
        var miseAJour = string.Join(
            ", ",
            ColonnesDemande.Toutes.Where(c => c.Nom != "NumeroUnique").Select(c => $"\"{c.Nom}\" = s.\"{c.Nom}\"")
        );
        var ecriture =
            "CREATE TEMP TABLE import_ecrites (\"Id\" bigint, "
            + $"\"NumeroUnique\" varchar({DemandeLogement.LongueurNumeroUniqueMaximum}), \"Ajout\" boolean) "
            + "ON COMMIT DROP; "
            + (
                vide
                    ? ""
                    : $"WITH modifiees AS (UPDATE \"Demandes\" d SET {miseAJour}, \"Empreinte\" = s.\"Empreinte\", "
                        + "\"ModifieeLe\" = @maintenant, \"Jeton\" = gen_random_uuid() FROM import_demandes s "
                        + $"WHERE d.\"NumeroUnique\" = s.\"NumeroUnique\" AND {Reecrivable("d")} "
                        + "AND d.\"Empreinte\" IS DISTINCT FROM s.\"Empreinte\" "
                        + "RETURNING d.\"Id\", d.\"NumeroUnique\", false) "
                        + "INSERT INTO import_ecrites SELECT * FROM modifiees; "
            )
            + "WITH ajoutees AS ("
            + $"INSERT INTO \"Demandes\" (\"GuichetId\", {Liste()}, \"Empreinte\", \"CreeeLe\", \"ModifieeLe\", "
            + $"\"Jeton\") SELECT s.\"GuichetId\", {Liste("s.")}, s.\"Empreinte\", @maintenant, @maintenant, "
            + "gen_random_uuid() FROM import_demandes s "
            + (
                vide
                    ? ""
                    : "WHERE NOT EXISTS (SELECT 1 FROM \"Demandes\" d WHERE d.\"NumeroUnique\" = s.\"NumeroUnique\") "
            )
            + "RETURNING \"Id\", \"NumeroUnique\", true) INSERT INTO import_ecrites SELECT * FROM ajoutees; "
            + "DELETE FROM \"CommunesSouhaitees\" c USING import_ecrites e "
            + "WHERE c.\"DemandeId\" = e.\"Id\" AND NOT e.\"Ajout\"; "
            + "INSERT INTO \"CommunesSouhaitees\" (\"DemandeId\", \"Rang\", \"CommuneCode\") "
            + "SELECT e.\"Id\", u.rang::int, u.code FROM import_ecrites e "
            + "JOIN import_demandes s ON s.\"NumeroUnique\" = e.\"NumeroUnique\" "
            + "CROSS JOIN LATERAL unnest(string_to_array(s.\"Communes\", '|')) WITH ORDINALITY AS u(code, rang)";
        await db.Database.ExecuteSqlRawAsync(
            ecriture,
            [new NpgsqlParameter("maintenant", NpgsqlDbType.TimestampTz) { Value = maintenant.ToUniversalTime() }],
            ct
        );
    }

    public sealed record Comptes(long Ajoutees, long Modifiees);

    private static string Communes(DemandeLogement d) =>
        string.Join(CodesDemande.Separateur, d.Communes.OrderBy(c => c.Rang).Select(c => c.CommuneCode));

    /// <summary>Valeurs des colonnes d'une demande, dans l'ordre de <see cref="ColonnesDemande.Toutes"/>.</summary>
    private static object?[] Valeurs(DemandeLogement d) => [.. ColonnesDemande.Toutes.Select(c => c.Valeur(d))];

    private async Task<ResultatEcritureDemandes> SqliteAsync(
        IEnumerable<DemandeLogement> demandes,
        DbTransaction transaction,
        IProgress<long>? progression,
        Func<bool> abandon,
        CancellationToken ct
    )
    {
        using var commandes = new CommandesSqlite(db.Database.GetDbConnection(), transaction);
        // Table vide (semis, première reprise) : rien à comparer, chaque demande est ajoutée sans relecture.
        var vide = await commandes.VideAsync(ct);
        var horodatage = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(maintenant)!;
        // Appels synchrones : Microsoft.Data.Sqlite n'a pas
        // d'entrées-sorties asynchrones, l'enveloppe ne ferait que coûter.
        long lues = 0,
            ajoutees = 0,
            modifiees = 0;
        foreach (var d in demandes)
        {
            ct.ThrowIfCancellationRequested();
            referentiel.Actualiser(d, _aujourdhui);
            var valeurs = Valeurs(d);
            var empreinte = EmpreinteLigne.De(valeurs, Communes(d));
            var (id, identique) = vide ? (null, false) : commandes.Comparer(d.NumeroUnique, empreinte);
            if (++lues % 2_000 == 0)
                progression?.Report(lues);
            if (identique)
                continue;
            if (id is null)
            {
                id = commandes.Inserer(valeurs, empreinte, d.GuichetId, horodatage);
                ajoutees++;
            }
            else
            {
                commandes.Modifier(id.Value, valeurs, empreinte, horodatage);
                modifiees++;
            }
            commandes.AjouterCommunes(id.Value, d.Communes);
        }
        progression?.Report(lues);
        return new ResultatEcritureDemandes(lues, ajoutees, modifiees, lues - ajoutees - modifiees)
        {
            Abandonne = abandon(),
        };
    }

    /// <summary>Requêtes préparées du chemin SQLite, leurs listes de colonnes et de paramètres tirées de la
    /// liste.</summary>
    private sealed class CommandesSqlite : IDisposable
    {
        private readonly DbConnection _connexion;
        private readonly DbTransaction _transaction;
        private readonly DbCommand _lire;
        private readonly DbCommand _inserer;
        private readonly DbCommand _modifier;
        private readonly DbCommand _effacerCommunes;
        private readonly DbCommand _ajouterCommune;

        public CommandesSqlite(DbConnection connexion, DbTransaction transaction)
        {
            _connexion = connexion;
            _transaction = transaction;
            var noms = Enumerable.Range(0, ColonnesDemande.Toutes.Count).Select(i => $"$p{i}").ToArray();
            _lire = Commande(
                $"SELECT d.\"Id\", ({Reecrivable("d")}), d.\"Empreinte\" FROM \"Demandes\" d "
                    + "WHERE d.\"NumeroUnique\" = $n",
                "$n"
            );
            _inserer = Commande(
                $"INSERT INTO \"Demandes\" (\"GuichetId\", {Liste()}, \"Empreinte\", \"CreeeLe\", \"ModifieeLe\", "
                    + $"\"Jeton\") VALUES ($g, {string.Join(", ", noms)}, $e, $m, $m, $j) RETURNING \"Id\"",
                [.. noms, "$g", "$e", "$m", "$j"]
            );
            var affectations = ColonnesDemande.Toutes.Select((c, i) => $"\"{c.Nom}\" = {noms[i]}");
            _modifier = Commande(
                $"UPDATE \"Demandes\" SET {string.Join(", ", affectations)}, \"Empreinte\" = $e, "
                    + "\"ModifieeLe\" = $m, \"Jeton\" = $j WHERE \"Id\" = $id",
                [.. noms, "$e", "$m", "$j", "$id"]
            );
            _effacerCommunes = Commande("DELETE FROM \"CommunesSouhaitees\" WHERE \"DemandeId\" = $id", "$id");
            _ajouterCommune = Commande(
                "INSERT INTO \"CommunesSouhaitees\" (\"DemandeId\", \"Rang\", \"CommuneCode\") VALUES ($id, $r, $c)",
                "$id",
                "$r",
                "$c"
            );
            foreach (var c in new[] { _lire, _inserer, _modifier, _effacerCommunes, _ajouterCommune })
                c.Prepare();
        }

        private DbCommand Commande(string sql, params string[] parametres)
        {
            var c = _connexion.CreateCommand();
            c.CommandText = sql;
            c.Transaction = _transaction;
            foreach (var p in parametres)
            {
                var parametre = c.CreateParameter();
                parametre.ParameterName = p;
                c.Parameters.Add(parametre);
            }
            return c;
        }

        public async Task<bool> VideAsync(CancellationToken ct)
        {
            await using var existe = Commande("SELECT EXISTS (SELECT 1 FROM \"Demandes\")");
            return Convert.ToInt64(await existe.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0;
        }

        /// <summary>
        /// L'identifiant de la demande existante de ce numéro, et si elle ne doit pas être réécrite : purgée (rien ne
        /// revient, RGPD) ou identique en tout ce que l'import écrirait (même empreinte).
        /// </summary>
        public (long? Id, bool Identique) Comparer(string numero, long empreinte)
        {
            _lire.Parameters[0].Value = numero;
            using var lecteur = _lire.ExecuteReader();
            if (!lecteur.Read())
                return (null, false);
            var identique = !lecteur.GetBoolean(1) || (!lecteur.IsDBNull(2) && lecteur.GetInt64(2) == empreinte);
            return (lecteur.GetInt64(0), identique);
        }

        public long Inserer(object?[] valeurs, long empreinte, int? guichet, long horodatage)
        {
            Renseigner(_inserer, valeurs, empreinte, horodatage);
            _inserer.Parameters["$g"].Value = (object?)guichet ?? DBNull.Value;
            return (long)_inserer.ExecuteScalar()!;
        }

        public void Modifier(long id, object?[] valeurs, long empreinte, long horodatage)
        {
            Renseigner(_modifier, valeurs, empreinte, horodatage);
            _modifier.Parameters["$id"].Value = id;
            _modifier.ExecuteNonQuery();
            _effacerCommunes.Parameters[0].Value = id;
            _effacerCommunes.ExecuteNonQuery();
        }

        private static void Renseigner(DbCommand commande, object?[] valeurs, long empreinte, long horodatage)
        {
            commande.Parameters["$e"].Value = empreinte;
            for (var i = 0; i < valeurs.Length; i++)
                commande.Parameters[i].Value = valeurs[i] ?? DBNull.Value;
            commande.Parameters["$m"].Value = horodatage;
            commande.Parameters["$j"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
        }

        public void AjouterCommunes(long id, IEnumerable<CommuneSouhaitee> communes)
        {
            foreach (var c in communes)
            {
                _ajouterCommune.Parameters[0].Value = id;
                _ajouterCommune.Parameters[1].Value = c.Rang;
                _ajouterCommune.Parameters[2].Value = c.CommuneCode;
                _ajouterCommune.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            foreach (var c in new[] { _lire, _inserer, _modifier, _effacerCommunes, _ajouterCommune })
                c.Dispose();
        }
    }
}
