using Microsoft.EntityFrameworkCore;

namespace Pilotis.Data.Import;

/// <summary>
/// PostgreSQL : chargement d'une table vide ou presque avec ses index secondaires construits après. Les index de la
/// table (hors clé primaire et index portant une contrainte) sont lus dans le catalogue, supprimés avant l'écriture
/// ensembliste puis recréés à l'identique (<c>pg_get_indexdef</c>) dans la même transaction : un index construit en
/// une fois sur des lignes triées coûte bien moins que des millions d'insertions une à une dans chaque arbre. Le
/// DDL de PostgreSQL est transactionnel : un échec ou une annulation rend les index tels qu'ils étaient.
/// </summary>
public sealed class IndexDifferes
{
    private readonly PilotisDbContext _db;
    private readonly List<string> _definitions;

    private IndexDifferes(PilotisDbContext db, List<string> definitions)
    {
        _db = db;
        _definitions = definitions;
    }

    /// <summary>Nombre d'index suspendus (tests et bancs).</summary>
    public int Nombre => _definitions.Count;

    /// <summary>Une table est « presque vide » quand elle a moins d'une ligne pour dix lignes chargées : reconstruire
    /// ses index coûte alors moins que les tenir à jour ligne à ligne.</summary>
    public static async Task<bool> PresqueVideAsync(
        PilotisDbContext db,
        string table,
        long chargees,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var seuil = Math.Max(1, chargees / 10);
        // Nom de table du code, jamais d'une saisie.
        var requete = $"SELECT count(*) AS \"Value\" FROM (SELECT 1 FROM \"{table}\" LIMIT {seuil}) t";
        var presentes = await db.Database.SqlQueryRaw<long>(requete).SingleAsync(ct);
        return presentes < seuil;
    }

    /// <summary>Supprime les index secondaires des tables nommées (dans la transaction courante).</summary>
    public static async Task<IndexDifferes> SuspendreAsync(
        PilotisDbContext db,
        IReadOnlyList<string> tables,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tables);
        var liste = string.Join(", ", tables.Select(t => $"'\"{t}\"'::regclass"));
        var requete =
            "SELECT c.relname AS \"Nom\", pg_get_indexdef(i.indexrelid) AS \"Definition\" FROM pg_index i "
            + "JOIN pg_class c ON c.oid = i.indexrelid "
            + $"WHERE i.indrelid IN ({liste}) AND NOT i.indisprimary "
            + "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY c.relname";
        var index = await db.Database.SqlQueryRaw<IndexTable>(requete).ToListAsync(ct);
        foreach (var i in index)
        {
            var suppression = $"DROP INDEX \"{i.Nom}\"";
            await db.Database.ExecuteSqlRawAsync(suppression, ct);
        }
        return new IndexDifferes(db, [.. index.Select(i => i.Definition)]);
    }

    /// <summary>Recrée les index suspendus, à l'identique.</summary>
    public async Task RetablirAsync(CancellationToken ct)
    {
        // Mémoire de tri des constructions d'index : cette transaction seulement.
        await _db.Database.ExecuteSqlRawAsync("SET LOCAL maintenance_work_mem = '256MB'", ct);
        foreach (var definition in _definitions)
            await _db.Database.ExecuteSqlRawAsync(definition, ct);
    }

    public sealed record IndexTable(string Nom, string Definition);
}
