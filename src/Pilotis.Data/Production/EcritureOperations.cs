using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Pilotis.Data.Base;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Production;

/// <summary>
/// Écrit les opérations lues par <see cref="ImportOperations"/> dans une seule transaction : met à jour celles dont le
/// numéro existe (seulement si quelque chose change), ajoute les autres. Sur PostgreSQL les ajouts passent par COPY
/// binaire (le volume d'une reprise nationale), ailleurs par EF Core en paquets.
/// </summary>
internal sealed class EcritureOperations(PilotisDbContext db, DateTimeOffset maintenant, string auteur)
{
    private const int Paquet = 2000;

    public async Task<(int Ajoutees, int Modifiees, int Inchangees)> ExecuterAsync(
        List<ImportOperations.OperationLue> lues,
        CancellationToken ct
    )
    {
        var numeros = lues.Select(l => l.Premiere.Numero).ToList();
        var existants = await IdentifiantsAsync(numeros, ct);
        var nouvelles = lues.Where(l => !existants.ContainsKey(l.Premiere.Numero)).ToList();
        var aMettreAJour = lues.Where(l => existants.ContainsKey(l.Premiere.Numero)).ToList();

        var detection = db.ChangeTracker.AutoDetectChangesEnabled;
        db.JournalDetailleSuspendu = true;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var modifiees = 0;
            foreach (var tranche in aMettreAJour.Chunk(Paquet))
            {
                modifiees += await MettreAJourAsync(tranche, existants, ct);
            }
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            if (db.Database.IsNpgsql())
                await CopierAsync(nouvelles, ct);
            else
                await AjouterAsync(nouvelles, ct);
            db.ChangeTracker.AutoDetectChangesEnabled = detection;
            if (nouvelles.Count + modifiees > 0)
            {
                db.Journaliser(
                    "Import des opérations",
                    nameof(Operation),
                    null,
                    new
                    {
                        operations = lues.Count,
                        ajoutees = nouvelles.Count,
                        modifiees,
                        inchangees = aMettreAJour.Count - modifiees,
                    }
                );
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            // Écrites hors du suivi des modifications : les agrégats gardés des opérations sont relus.
            CacheAgregats.Operations.Invalider(db);
            return (nouvelles.Count, modifiees, aMettreAJour.Count - modifiees);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detection;
            db.JournalDetailleSuspendu = false;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<int> MettreAJourAsync(
        ImportOperations.OperationLue[] tranche,
        Dictionary<string, int> existants,
        CancellationToken ct
    )
    {
        var ids = tranche.Select(l => existants[l.Premiere.Numero]).ToList();
        var operations = await db
            .Operations.Include(o => o.Lots)
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Numero, ct);
        var modifiees = 0;
        foreach (var lue in tranche)
        {
            var o = operations[lue.Premiere.Numero];
            if (!Reporter(lue, o))
                continue;
            o.ModifieeLe = maintenant;
            o.Evenements.Add(
                new EvenementOperation
                {
                    Quand = maintenant,
                    Type = TypeEvenement.Import,
                    Libelle = "Mise à jour par import CSV",
                    Auteur = auteur,
                }
            );
            modifiees++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return modifiees;
    }

    /// <summary>
    /// Reporte le fichier sur l'opération ; vrai si quelque chose a changé. Les lots absents du fichier sont retirés.
    /// </summary>
    private bool Reporter(ImportOperations.OperationLue lue, Operation o)
    {
        var p = lue.Premiere;
        var change = false;
        void Fixer<T>(T actuel, T valeur, Action<T> affecter)
        {
            if (EqualityComparer<T>.Default.Equals(actuel, valeur))
                return;
            affecter(valeur);
            change = true;
        }
        Fixer(o.CommuneCode, p.CodeCommune, v => o.CommuneCode = v);
        Fixer(o.EpciSiren, p.Lieu.EpciSiren, v => o.EpciSiren = v);
        Fixer(o.DepartementCode, p.Lieu.DepartementCode, v => o.DepartementCode = v);
        Fixer(o.RegionCode, p.Lieu.RegionCode, v => o.RegionCode = v);
        Fixer(o.BailleurId, p.BailleurId, v => o.BailleurId = v);
        Fixer(o.Nature, p.Nature, v => o.Nature = v);
        Fixer(o.DateDepot, p.Depot, v => o.DateDepot = v);
        Fixer(o.DateAgrement, lue.DateAgrement, v => o.DateAgrement = v);
        Fixer(o.DateOuvertureChantier, p.Chantier, v => o.DateOuvertureChantier = v);
        Fixer(o.DateLivraison, p.Livraison, v => o.DateLivraison = v);
        Fixer(o.Statut, lue.Statut, v => o.Statut = v);
        if (lue.Nom is not null)
            Fixer(o.Nom, lue.Nom, v => o.Nom = v);
        foreach (var lot in o.Lots.Where(l => !lue.Lots.ContainsKey(l.Produit)).ToList())
        {
            o.Lots.Remove(lot);
            db.Remove(lot);
            change = true;
        }
        foreach (var (produit, (logements, agrement, _)) in lue.Lots)
        {
            var lot = o.Lots.FirstOrDefault(l => l.Produit == produit);
            if (lot is null)
            {
                o.Lots.Add(
                    new Lot
                    {
                        Produit = produit,
                        NombreLogements = logements,
                        DateAgrement = agrement,
                    }
                );
                change = true;
                continue;
            }
            if (lot.NombreLogements != logements)
            {
                lot.NombreLogements = logements;
                // Une ventilation par typologie qui ne correspond plus serait fausse : elle est remise à zéro.
                if (lot.SommeTypologies != 0)
                    (lot.T1, lot.T2, lot.T3, lot.T4, lot.T5, lot.T6) = (0, 0, 0, 0, 0, 0);
                change = true;
            }
            Fixer(lot.DateAgrement, agrement, v => lot.DateAgrement = v);
        }
        return change;
    }

    private Operation Nouvelle(ImportOperations.OperationLue lue)
    {
        var p = lue.Premiere;
        var o = new Operation
        {
            Numero = p.Numero,
            Nom = lue.Nom ?? $"Opération {p.Numero}",
            BailleurId = p.BailleurId,
            CommuneCode = p.CodeCommune,
            EpciSiren = p.Lieu.EpciSiren,
            DepartementCode = p.Lieu.DepartementCode,
            RegionCode = p.Lieu.RegionCode,
            Nature = p.Nature,
            Statut = lue.Statut,
            DateDepot = p.Depot,
            DateAgrement = lue.DateAgrement,
            DateOuvertureChantier = p.Chantier,
            DateLivraison = p.Livraison,
            AnneeProgrammation = lue.DateAgrement?.Year,
            MoisAgrementPrevu = lue.DateAgrement?.Month,
            CreeeLe = maintenant,
            ModifieeLe = maintenant,
        };
        foreach (var (produit, (logements, agrement, _)) in lue.Lots.OrderBy(l => l.Key))
        {
            o.Lots.Add(
                new Lot
                {
                    Produit = produit,
                    NombreLogements = logements,
                    DateAgrement = agrement,
                }
            );
        }
        o.Evenements.Add(
            new EvenementOperation
            {
                Quand = maintenant,
                Type = TypeEvenement.Import,
                Libelle = "Opération reprise par import CSV",
                Auteur = auteur,
            }
        );
        return o;
    }

    private async Task AjouterAsync(List<ImportOperations.OperationLue> nouvelles, CancellationToken ct)
    {
        foreach (var tranche in nouvelles.Chunk(Paquet))
        {
            db.Operations.AddRange(tranche.Select(Nouvelle));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// COPY binaire des opérations, puis de leurs lots et événements une fois les identifiants connus.
    /// </summary>
    /// <summary>
    /// COPY binaire des opérations, de leurs lots et de leurs événements. Les identifiants sont réservés d'avance dans
    /// la
    /// séquence de la colonne identité (une requête) : les lots et événements peuvent suivre sans relire les
    /// opérations.
    /// Écritures synchrones : l'importateur binaire de Npgsql y est nettement plus rapide qu'en asynchrone champ par
    /// champ.
    /// </summary>
    private async Task CopierAsync(List<ImportOperations.OperationLue> nouvelles, CancellationToken ct)
    {
        if (nouvelles.Count == 0)
            return;
        var connexion = (NpgsqlConnection)db.Database.GetDbConnection();
        var operations = nouvelles.Select(Nouvelle).ToList();
        var quand = maintenant.ToUniversalTime();
        var identifiants = await ReserverIdentifiantsAsync(operations.Count, ct);
        for (var i = 0; i < operations.Count; i++)
            operations[i].Id = identifiants[i];
        CopierOperations(connexion, operations, quand);
        CopierLots(connexion, operations);
        CopierEvenements(connexion, operations, quand);
    }

    private async Task<List<int>> ReserverIdentifiantsAsync(int nombre, CancellationToken ct)
    {
        // Le bloc d'identifiants est réservé d'un coup ; le verrou (jusqu'à la fin de la transaction) empêche une autre
        // écriture d'opération de s'intercaler pendant la reprise.
        await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"Operations\" IN SHARE ROW EXCLUSIVE MODE", ct);
        var dernier = (
            await db
                .Database.SqlQuery<long>(
                    $"""
                    SELECT setval(
                        pg_get_serial_sequence('"Operations"', 'Id'),
                        nextval(pg_get_serial_sequence('"Operations"', 'Id')) + {nombre - 1}
                    ) AS "Value"
                    """
                )
                .ToListAsync(ct)
        ).Single();
        return Enumerable.Range(0, nombre).Select(i => (int)(dernier - nombre + 1 + i)).ToList();
    }

    private static void CopierOperations(NpgsqlConnection connexion, List<Operation> operations, DateTimeOffset quand)
    {
        using (
            var copie = connexion.BeginBinaryImport(
                "COPY \"Operations\" (\"Id\", \"Numero\", \"Nom\", \"BailleurId\", "
                    + "\"CommuneCode\", \"EpciSiren\", \"DepartementCode\", \"RegionCode\", "
                    + "\"Nature\", \"Statut\", "
                    + "\"ChargeFonciere\", \"CoutBatiment\", \"Honoraires\", \"Vrd\", "
                    + "\"DateDepot\", \"DateAgrement\", \"DateOuvertureChantier\", "
                    + "\"DateLivraison\", "
                    + "\"AnneeProgrammation\", \"MoisAgrementPrevu\", \"FoncierMaitrise\", "
                    + "\"Permis\", \"FinancementBoucle\", \"CreeeLe\", \"ModifieeLe\", "
                    + "\"Jeton\") FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            foreach (var o in operations)
            {
                copie.StartRow();
                copie.Write(o.Id, NpgsqlDbType.Integer);
                copie.Write(o.Numero, NpgsqlDbType.Varchar);
                copie.Write(o.Nom, NpgsqlDbType.Varchar);
                copie.Write(o.BailleurId, NpgsqlDbType.Integer);
                copie.Write(o.CommuneCode, NpgsqlDbType.Varchar);
                if (o.EpciSiren is null)
                    copie.WriteNull();
                else
                    copie.Write(o.EpciSiren, NpgsqlDbType.Varchar);
                copie.Write(o.DepartementCode, NpgsqlDbType.Varchar);
                copie.Write(o.RegionCode, NpgsqlDbType.Varchar);
                copie.Write((int)o.Nature, NpgsqlDbType.Integer);
                copie.Write((int)o.Statut, NpgsqlDbType.Integer);
                for (var i = 0; i < 4; i++)
                    copie.Write(0m, NpgsqlDbType.Numeric);
                Date(copie, o.DateDepot);
                Date(copie, o.DateAgrement);
                Date(copie, o.DateOuvertureChantier);
                Date(copie, o.DateLivraison);
                if (o.AnneeProgrammation is int annee)
                    copie.Write(annee, NpgsqlDbType.Integer);
                else
                    copie.WriteNull();
                if (o.MoisAgrementPrevu is int mois)
                    copie.Write(mois, NpgsqlDbType.Integer);
                else
                    copie.WriteNull();
                copie.Write(false, NpgsqlDbType.Boolean);
                copie.Write((int)EtatPermis.NonDepose, NpgsqlDbType.Integer);
                copie.Write(false, NpgsqlDbType.Boolean);
                copie.Write(quand, NpgsqlDbType.TimestampTz);
                copie.Write(quand, NpgsqlDbType.TimestampTz);
                copie.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            }
            copie.Complete();
        }
    }

    private static void CopierLots(NpgsqlConnection connexion, List<Operation> operations)
    {
        using (
            var copie = connexion.BeginBinaryImport(
                "COPY \"LotsOperation\" (\"OperationId\", \"Produit\", "
                    + "\"NombreLogements\", \"T1\", \"T2\", \"T3\", \"T4\", \"T5\", \"T6\", "
                    + "\"SurfaceHabitable\", \"SurfaceAnnexes\", \"DateAgrement\") FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            foreach (var o in operations)
            {
                foreach (var lot in o.Lots)
                {
                    copie.StartRow();
                    copie.Write(o.Id, NpgsqlDbType.Integer);
                    copie.Write((int)lot.Produit, NpgsqlDbType.Integer);
                    copie.Write(lot.NombreLogements, NpgsqlDbType.Integer);
                    for (var i = 0; i < 6; i++)
                        copie.Write(0, NpgsqlDbType.Integer);
                    copie.Write(0m, NpgsqlDbType.Numeric);
                    copie.Write(0m, NpgsqlDbType.Numeric);
                    Date(copie, lot.DateAgrement);
                }
            }
            copie.Complete();
        }
    }

    private void CopierEvenements(NpgsqlConnection connexion, List<Operation> operations, DateTimeOffset quand)
    {
        using (
            var copie = connexion.BeginBinaryImport(
                "COPY \"EvenementsOperation\" (\"OperationId\", \"Quand\", \"Type\", "
                    + "\"Libelle\", \"Auteur\") FROM STDIN (FORMAT BINARY)"
            )
        )
        {
            foreach (var o in operations)
            {
                copie.StartRow();
                copie.Write(o.Id, NpgsqlDbType.Integer);
                copie.Write(quand, NpgsqlDbType.TimestampTz);
                copie.Write((int)TypeEvenement.Import, NpgsqlDbType.Integer);
                copie.Write(o.Evenements[0].Libelle, NpgsqlDbType.Varchar);
                copie.Write(auteur, NpgsqlDbType.Varchar);
            }
            copie.Complete();
        }
    }

    public sealed record NumeroId(string Numero, int Id);

    /// <summary>
    /// Identifiants des opérations existantes parmi ces numéros. Sur PostgreSQL une seule requête avec un tableau
    /// (<c>= ANY</c>, index unique) ; ailleurs par tranches (limite du nombre de paramètres de SQLite).
    /// </summary>
    private async Task<Dictionary<string, int>> IdentifiantsAsync(List<string> numeros, CancellationToken ct)
    {
        var resultat = new Dictionary<string, int>(StringComparer.Ordinal);
        if (db.Database.IsNpgsql())
        {
            var tableau = numeros.ToArray();
            foreach (
                var x in await db
                    .Database.SqlQuery<NumeroId>(
                        $"SELECT \"Numero\", \"Id\" FROM \"Operations\" WHERE \"Numero\" = ANY({tableau})"
                    )
                    .ToListAsync(ct)
            )
            {
                resultat[x.Numero] = x.Id;
            }
            return resultat;
        }
        foreach (var tranche in numeros.Chunk(500))
        {
            foreach (
                var x in await db
                    .Operations.AsNoTracking()
                    .Where(o => tranche.Contains(o.Numero))
                    .Select(o => new { o.Numero, o.Id })
                    .ToListAsync(ct)
            )
            {
                resultat[x.Numero] = x.Id;
            }
        }
        return resultat;
    }

    private static void Date(NpgsqlBinaryImporter copie, DateOnly? valeur)
    {
        if (valeur is DateOnly d)
            copie.Write(d, NpgsqlDbType.Date);
        else
            copie.WriteNull();
    }
}
