using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Data.Configurations;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

public sealed record ResultatEcritureDemandes(long Lues, long Ajoutees, long Modifiees, long Inchangees)
{
    /// <summary>PostgreSQL : durée du COPY dans la table temporaire (relecture du fichier comprise) et de la fusion ensembliste.</summary>
    public TimeSpan DureeCopie { get; init; }
    public TimeSpan DureeFusion { get; init; }
}

/// <summary>
/// Écriture en masse de demandes déjà vérifiées (import de l'extrait national, semis de démonstration), en flux : les
/// demandes arrivent une à une et ne sont jamais toutes en mémoire. Une demande dont le numéro unique existe est mise à
/// jour (son identifiant, son guichet et sa cotation sont gardés ; ses communes souhaitées sont réécrites) ; une demande
/// identique n'est pas touchée (ni date de modification ni jeton), d'où un réimport sans effet visible. Une demande
/// purgée n'est jamais réécrite : ses données personnelles ne reviennent pas (RGPD). Les colonnes dérivées sont
/// recalculées ici par <see cref="ReferentielDemandes.Actualiser"/>.
/// PostgreSQL : COPY binaire dans une table temporaire puis une seule requête ensembliste
/// <c>INSERT … ON CONFLICT ("NumeroUnique") DO UPDATE</c> ; SQLite : requêtes préparées ligne à ligne. Tout dans une
/// transaction ; une entrée de journal de synthèse (des comptes, jamais de valeurs).
/// </summary>
public sealed class EcritureMasseDemandes(
    PilotisDbContext db,
    ReferentielDemandes referentiel,
    DateTimeOffset maintenant
)
{
    private readonly DateOnly _aujourdhui = DateOnly.FromDateTime(maintenant.UtcDateTime);

    /// <summary>Colonnes écrites depuis le fichier ou recalculées (hors identifiant, guichet, cotation, purge, horodatage).</summary>
    internal static readonly string[] Colonnes =
    [
        "NumeroUnique",
        "DepartementCode",
        "Membres",
        "JeuneCouple",
        "RevenuFiscalReference",
        "RessourcesMensuelles",
        "SituationLogement",
        "Motifs",
        "CommuneResidenceCode",
        "CommuneTravailCode",
        "TypologiePrincipale",
        "TypologiesSouhaitees",
        "Mutation",
        "Dalo",
        "CriteresPrioritaires",
        "DateDepot",
        "DateRenouvellement",
        "DateFinValidite",
        "Statut",
        "MotifRadiation",
        "DateRadiation",
        "CommuneAttributionCode",
        "NombrePersonnes",
        "PersonnesACharge",
        "Handicap",
        "Categorie",
        "UnitesConsommation",
        "RessourcesParUc",
        "ProduitsEligibles",
        "CommunePrincipaleCode",
        "EpciSiren",
    ];

    private static string Liste(string prefixe = "") => string.Join(", ", Colonnes.Select(c => $"{prefixe}\"{c}\""));

    public async Task<ResultatEcritureDemandes> EcrireAsync(
        IEnumerable<DemandeLogement> demandes,
        string action,
        IProgress<long>? progression = null,
        string? source = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(demandes);
        db.JournalDetailleSuspendu = true;
        // Une fusion de 2,8 millions de demandes dure bien plus que les 30 s par défaut d'une commande.
        var delai = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var resultat = db.Database.IsNpgsql()
                ? await PostgresAsync(demandes, progression, ct)
                : await SqliteAsync(demandes, transaction.GetDbTransaction(), progression, ct);
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
        CancellationToken ct
    )
    {
        var chrono = System.Diagnostics.Stopwatch.StartNew();
        var connexion = (NpgsqlConnection)db.Database.GetDbConnection();
        // Table temporaire : ni journal d'écriture (WAL) ni index ; supprimée à la fin de la transaction.
        var creation =
            $"CREATE TEMP TABLE import_demandes ON COMMIT DROP AS SELECT \"GuichetId\", {Liste()} FROM \"Demandes\" WITH NO DATA; "
            + "ALTER TABLE import_demandes ADD COLUMN \"Communes\" text";
        await db.Database.ExecuteSqlRawAsync(creation, ct);
        long lues = 0;
        // Écritures synchrones : l'importateur binaire de Npgsql y est nettement plus rapide qu'en asynchrone champ par champ.
        using (
            var copie = connexion.BeginBinaryImport(
                $"COPY import_demandes (\"GuichetId\", {Liste()}, \"Communes\") FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            copie.Timeout = TimeSpan.FromHours(2);
            foreach (var d in demandes)
            {
                ct.ThrowIfCancellationRequested();
                referentiel.Actualiser(d, _aujourdhui);
                copie.StartRow();
                Nullable(copie, d.GuichetId, NpgsqlDbType.Integer);
                copie.Write(d.NumeroUnique, NpgsqlDbType.Varchar);
                copie.Write(d.DepartementCode, NpgsqlDbType.Varchar);
                copie.Write(ColonnesJson.Ecrire(d.Membres), NpgsqlDbType.Varchar);
                copie.Write(d.JeuneCouple, NpgsqlDbType.Boolean);
                copie.Write(d.RevenuFiscalReference, NpgsqlDbType.Numeric);
                copie.Write(d.RessourcesMensuelles, NpgsqlDbType.Numeric);
                copie.Write((int)d.SituationLogement, NpgsqlDbType.Integer);
                copie.Write((int)d.Motifs, NpgsqlDbType.Integer);
                Texte(copie, d.CommuneResidenceCode);
                Texte(copie, d.CommuneTravailCode);
                copie.Write((int)d.TypologiePrincipale, NpgsqlDbType.Integer);
                copie.Write((int)d.TypologiesSouhaitees, NpgsqlDbType.Integer);
                copie.Write(d.Mutation, NpgsqlDbType.Boolean);
                copie.Write(d.Dalo, NpgsqlDbType.Boolean);
                copie.Write((int)d.CriteresPrioritaires, NpgsqlDbType.Integer);
                copie.Write(d.DateDepot, NpgsqlDbType.Date);
                Nullable(copie, d.DateRenouvellement, NpgsqlDbType.Date);
                copie.Write(d.DateFinValidite, NpgsqlDbType.Date);
                copie.Write((int)d.Statut, NpgsqlDbType.Integer);
                Nullable(copie, (int?)d.MotifRadiation, NpgsqlDbType.Integer);
                Nullable(copie, d.DateRadiation, NpgsqlDbType.Date);
                Texte(copie, d.CommuneAttributionCode);
                copie.Write(d.NombrePersonnes, NpgsqlDbType.Integer);
                copie.Write(d.PersonnesACharge, NpgsqlDbType.Integer);
                copie.Write(d.Handicap, NpgsqlDbType.Boolean);
                copie.Write(d.Categorie, NpgsqlDbType.Integer);
                copie.Write(d.UnitesConsommation, NpgsqlDbType.Numeric);
                copie.Write(d.RessourcesParUc, NpgsqlDbType.Numeric);
                copie.Write((int)d.ProduitsEligibles, NpgsqlDbType.Integer);
                Texte(copie, d.CommunePrincipaleCode);
                Texte(copie, d.EpciSiren);
                copie.Write(Communes(d), NpgsqlDbType.Text);
                if (++lues % 10_000 == 0)
                    progression?.Report(lues);
            }
            copie.Complete();
        }
        progression?.Report(lues);
        // Jointures par hachage de millions de lignes : assez de mémoire de travail (côté serveur, cette transaction seulement).
        // Statistiques fraîches des tables cibles aussi : vidées ou remplies depuis la dernière analyse automatique, le
        // planificateur les croirait vides et chercherait les communes souhaitées de chaque demande par un parcours complet.
        await db.Database.ExecuteSqlRawAsync(
            "ANALYZE import_demandes; ANALYZE \"Demandes\"; ANALYZE \"CommunesSouhaitees\"; SET LOCAL work_mem = '128MB'",
            ct
        );
        var dureeCopie = chrono.Elapsed;

        // Nouvelles demandes et demandes qui diffèrent (colonnes ou communes souhaitées) ; les identiques ne sont pas réécrites.
        var differe =
            $"ROW({Liste("d.")}) IS DISTINCT FROM ROW({Liste("s.")}) OR s.\"Communes\" IS DISTINCT FROM "
            + "(SELECT string_agg(c.\"CommuneCode\", '|' ORDER BY c.\"Rang\") FROM \"CommunesSouhaitees\" c WHERE c.\"DemandeId\" = d.\"Id\")";
        var miseAJour = string.Join(
            ", ",
            Colonnes.Where(c => c != "NumeroUnique").Select(c => $"\"{c}\" = EXCLUDED.\"{c}\"")
        );
        var ecriture =
            "CREATE TEMP TABLE import_ecrites (\"Id\" bigint, \"NumeroUnique\" varchar(40), \"Ajout\" boolean) ON COMMIT DROP; "
            + "WITH ecrites AS ("
            + $"INSERT INTO \"Demandes\" (\"GuichetId\", {Liste()}, \"CreeeLe\", \"ModifieeLe\", \"Jeton\") "
            + $"SELECT s.\"GuichetId\", {Liste("s.")}, @maintenant, @maintenant, gen_random_uuid() "
            + "FROM import_demandes s LEFT JOIN \"Demandes\" d ON d.\"NumeroUnique\" = s.\"NumeroUnique\" "
            + $"WHERE d.\"Id\" IS NULL OR (d.\"DatePurge\" IS NULL AND ({differe})) "
            + $"ON CONFLICT (\"NumeroUnique\") DO UPDATE SET {miseAJour}, \"ModifieeLe\" = EXCLUDED.\"ModifieeLe\", \"Jeton\" = EXCLUDED.\"Jeton\" "
            + "RETURNING \"Id\", \"NumeroUnique\", (xmax = 0) AS \"Ajout\") "
            + "INSERT INTO import_ecrites SELECT * FROM ecrites; "
            + "DELETE FROM \"CommunesSouhaitees\" c USING import_ecrites e WHERE c.\"DemandeId\" = e.\"Id\" AND NOT e.\"Ajout\"; "
            + "INSERT INTO \"CommunesSouhaitees\" (\"DemandeId\", \"Rang\", \"CommuneCode\") "
            + "SELECT e.\"Id\", u.rang::int, u.code FROM import_ecrites e JOIN import_demandes s ON s.\"NumeroUnique\" = e.\"NumeroUnique\" "
            + "CROSS JOIN LATERAL unnest(string_to_array(s.\"Communes\", '|')) WITH ORDINALITY AS u(code, rang)";
        await db.Database.ExecuteSqlRawAsync(
            ecriture,
            [new NpgsqlParameter("maintenant", NpgsqlDbType.TimestampTz) { Value = maintenant.ToUniversalTime() }],
            ct
        );
        var comptes = await db
            .Database.SqlQueryRaw<Comptes>(
                "SELECT count(*) FILTER (WHERE \"Ajout\") AS \"Ajoutees\", count(*) FILTER (WHERE NOT \"Ajout\") AS \"Modifiees\" FROM import_ecrites"
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
        };
    }

    public sealed record Comptes(long Ajoutees, long Modifiees);

    private static void Texte(NpgsqlBinaryImporter copie, string? valeur)
    {
        if (valeur is null)
            copie.WriteNull();
        else
            copie.Write(valeur, NpgsqlDbType.Varchar);
    }

    private static void Nullable<T>(NpgsqlBinaryImporter copie, T? valeur, NpgsqlDbType type)
        where T : struct
    {
        if (valeur is T v)
            copie.Write(v, type);
        else
            copie.WriteNull();
    }

    private static string Communes(DemandeLogement d) =>
        string.Join(CodesDemande.Separateur, d.Communes.OrderBy(c => c.Rang).Select(c => c.CommuneCode));

    /// <summary>Valeurs des <see cref="Colonnes"/> d'une demande, dans l'ordre (types acceptés par Microsoft.Data.Sqlite comme par EF Core).</summary>
    private static object?[] Valeurs(DemandeLogement d) =>
        [
            d.NumeroUnique,
            d.DepartementCode,
            ColonnesJson.Ecrire(d.Membres),
            d.JeuneCouple,
            d.RevenuFiscalReference,
            d.RessourcesMensuelles,
            (int)d.SituationLogement,
            (int)d.Motifs,
            d.CommuneResidenceCode,
            d.CommuneTravailCode,
            (int)d.TypologiePrincipale,
            (int)d.TypologiesSouhaitees,
            d.Mutation,
            d.Dalo,
            (int)d.CriteresPrioritaires,
            d.DateDepot,
            d.DateRenouvellement,
            d.DateFinValidite,
            (int)d.Statut,
            (int?)d.MotifRadiation,
            d.DateRadiation,
            d.CommuneAttributionCode,
            d.NombrePersonnes,
            d.PersonnesACharge,
            d.Handicap,
            d.Categorie,
            d.UnitesConsommation,
            d.RessourcesParUc,
            (int)d.ProduitsEligibles,
            d.CommunePrincipaleCode,
            d.EpciSiren,
        ];

    /// <summary>Empreinte comparable des valeurs et des communes (montants normalisés : 1500.00 = 1500).</summary>
    private static string Empreinte(object?[] valeurs, string communes)
    {
        var texte = new StringBuilder();
        foreach (var v in valeurs)
        {
            texte
                .Append(
                    v switch
                    {
                        null => "∅",
                        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
                        bool b => b ? "1" : "0",
                        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        _ => v.ToString(),
                    }
                )
                .Append('\u001f');
        }
        return texte.Append(communes).ToString();
    }

    private async Task<ResultatEcritureDemandes> SqliteAsync(
        IEnumerable<DemandeLogement> demandes,
        DbTransaction transaction,
        IProgress<long>? progression,
        CancellationToken ct
    )
    {
        var connexion = db.Database.GetDbConnection();
        var convertisseur = new DateTimeOffsetToBinaryConverter();
        var horodatage = (long)convertisseur.ConvertToProvider(maintenant)!;
        DbCommand Commande(string sql, params string[] parametres)
        {
            var c = connexion.CreateCommand();
            c.CommandText = sql;
            c.Transaction = transaction;
            foreach (var p in parametres)
            {
                var parametre = c.CreateParameter();
                parametre.ParameterName = p;
                c.Parameters.Add(parametre);
            }
            return c;
        }
        var noms = Enumerable.Range(0, Colonnes.Length).Select(i => $"$p{i}").ToArray();
        bool vide;
        await using var lire = Commande(
            $"SELECT d.\"Id\", d.\"DatePurge\", {Liste("d.")}, (SELECT group_concat(x.\"CommuneCode\", '|') FROM "
                + "(SELECT c.\"CommuneCode\" FROM \"CommunesSouhaitees\" c WHERE c.\"DemandeId\" = d.\"Id\" ORDER BY c.\"Rang\") x) "
                + "FROM \"Demandes\" d WHERE d.\"NumeroUnique\" = $n",
            "$n"
        );
        await using var inserer = Commande(
            $"INSERT INTO \"Demandes\" (\"GuichetId\", {Liste()}, \"CreeeLe\", \"ModifieeLe\", \"Jeton\") VALUES ($g, {string.Join(", ", noms)}, $m, $m, $j) RETURNING \"Id\"",
            [.. noms, "$g", "$m", "$j"]
        );
        await using var modifier = Commande(
            $"UPDATE \"Demandes\" SET {string.Join(", ", Colonnes.Select((c, i) => $"\"{c}\" = {noms[i]}"))}, \"ModifieeLe\" = $m, \"Jeton\" = $j WHERE \"Id\" = $id",
            [.. noms, "$m", "$j", "$id"]
        );
        await using var effacerCommunes = Commande(
            "DELETE FROM \"CommunesSouhaitees\" WHERE \"DemandeId\" = $id",
            "$id"
        );
        await using var ajouterCommune = Commande(
            "INSERT INTO \"CommunesSouhaitees\" (\"DemandeId\", \"Rang\", \"CommuneCode\") VALUES ($id, $r, $c)",
            "$id",
            "$r",
            "$c"
        );
        lire.Prepare();
        inserer.Prepare();
        modifier.Prepare();
        effacerCommunes.Prepare();
        ajouterCommune.Prepare();

        // Table vide (semis, première reprise) : rien à comparer, chaque demande est ajoutée sans relecture.
        await using (var existe = Commande("SELECT EXISTS (SELECT 1 FROM \"Demandes\")"))
        {
            vide = Convert.ToInt64(await existe.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0;
        }
        // Appels synchrones : Microsoft.Data.Sqlite n'a pas d'entrées-sorties asynchrones, l'enveloppe ne ferait que coûter.
        long lues = 0,
            ajoutees = 0,
            modifiees = 0;
        foreach (var d in demandes)
        {
            ct.ThrowIfCancellationRequested();
            referentiel.Actualiser(d, _aujourdhui);
            var valeurs = Valeurs(d);
            var communes = Communes(d);
            long? id = null;
            var identique = false;
            if (!vide)
            {
                lire.Parameters[0].Value = d.NumeroUnique;
                using var lecteur = lire.ExecuteReader();
                if (lecteur.Read())
                {
                    id = lecteur.GetInt64(0);
                    // Purgée : rien ne revient (RGPD) ; sinon comparaison de tout ce que l'import écrirait.
                    identique =
                        !lecteur.IsDBNull(1)
                        || Empreinte(
                            Valeurs(Relire(lecteur, 2)),
                            lecteur.IsDBNull(2 + Colonnes.Length) ? "" : lecteur.GetString(2 + Colonnes.Length)
                        ) == Empreinte(valeurs, communes);
                }
            }
            if (++lues % 2_000 == 0)
                progression?.Report(lues);
            if (identique)
                continue;
            var commande = id is null ? inserer : modifier;
            for (var i = 0; i < valeurs.Length; i++)
                commande.Parameters[i].Value = valeurs[i] ?? DBNull.Value;
            commande.Parameters["$m"].Value = horodatage;
            commande.Parameters["$j"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
            if (id is null)
            {
                commande.Parameters["$g"].Value = (object?)d.GuichetId ?? DBNull.Value;
                id = (long)commande.ExecuteScalar()!;
                ajoutees++;
            }
            else
            {
                commande.Parameters["$id"].Value = id.Value;
                commande.ExecuteNonQuery();
                effacerCommunes.Parameters[0].Value = id.Value;
                effacerCommunes.ExecuteNonQuery();
                modifiees++;
            }
            foreach (var c in d.Communes)
            {
                ajouterCommune.Parameters[0].Value = id.Value;
                ajouterCommune.Parameters[1].Value = c.Rang;
                ajouterCommune.Parameters[2].Value = c.CommuneCode;
                ajouterCommune.ExecuteNonQuery();
            }
        }
        progression?.Report(lues);
        return new ResultatEcritureDemandes(lues, ajoutees, modifiees, lues - ajoutees - modifiees);
    }

    /// <summary>Relit les <see cref="Colonnes"/> d'une demande existante (à partir de l'indice <paramref name="debut"/>).</summary>
    private static DemandeLogement Relire(DbDataReader l, int debut)
    {
        string? Texte(int i) => l.IsDBNull(debut + i) ? null : l.GetString(debut + i);
        DateOnly? Date(int i) => l.IsDBNull(debut + i) ? null : l.GetFieldValue<DateOnly>(debut + i);
        int Entier(int i) => l.GetInt32(debut + i);
        bool Booleen(int i) => l.GetBoolean(debut + i);
        decimal Montant(int i) => l.GetDecimal(debut + i);
        return new DemandeLogement
        {
            NumeroUnique = Texte(0)!,
            DepartementCode = Texte(1)!,
            Membres = ColonnesJson.Lire<MembreMenage>(Texte(2)!),
            JeuneCouple = Booleen(3),
            RevenuFiscalReference = Montant(4),
            RessourcesMensuelles = Montant(5),
            SituationLogement = (SituationLogement)Entier(6),
            Motifs = (MotifsDemande)Entier(7),
            CommuneResidenceCode = Texte(8),
            CommuneTravailCode = Texte(9),
            TypologiePrincipale = (Typologies)Entier(10),
            TypologiesSouhaitees = (Typologies)Entier(11),
            Mutation = Booleen(12),
            Dalo = Booleen(13),
            CriteresPrioritaires = (CriteresPrioritaires)Entier(14),
            DateDepot = Date(15)!.Value,
            DateRenouvellement = Date(16),
            DateFinValidite = Date(17)!.Value,
            Statut = (StatutDemande)Entier(18),
            MotifRadiation = l.IsDBNull(debut + 19) ? null : (MotifRadiation)Entier(19),
            DateRadiation = Date(20),
            CommuneAttributionCode = Texte(21),
            NombrePersonnes = Entier(22),
            PersonnesACharge = Entier(23),
            Handicap = Booleen(24),
            Categorie = Entier(25),
            UnitesConsommation = Montant(26),
            RessourcesParUc = Montant(27),
            ProduitsEligibles = (ProduitsEligibles)Entier(28),
            CommunePrincipaleCode = Texte(29),
            EpciSiren = Texte(30),
        };
    }
}
