using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Pilotis.Data.Base;

/// <summary>
/// Écrit des entités neuves sans passer par le suivi d'EF Core : une requête <c>INSERT</c> préparée une fois, rejouée
/// ligne à ligne dans la transaction en cours. Les colonnes, la table et les conversions (énumérations, dates,
/// montants)
/// sont tirées du modèle EF : une entité écrite ainsi se relit comme si SaveChanges l'avait écrite. Sert aux premiers
/// chargements (référentiel territorial, démonstration) où des dizaines de milliers de lignes partent d'un coup : le
/// suivi d'EF Core y coûtait l'essentiel du démarrage à froid. Les clés générées par la base ne sont pas relues :
/// à réserver aux entités dont personne ne lit l'identifiant juste après. Le journal détaillé n'est pas écrit : c'est
/// à l'appelant de journaliser une entrée de synthèse (comme les autres imports en masse).
/// </summary>
public static class InsertionEnMasse
{
    /// <summary>Insère <paramref name="lignes"/> (au moins une transaction doit être ouverte par l'appelant pour
    /// que tout ou rien soit écrit) ; rend le nombre de lignes écrites.</summary>
    public static async Task<int> InsererAsync<T>(PilotisDbContext db, IEnumerable<T> lignes, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(lignes);
        var type = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} n'est pas une entité du modèle.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Les clés produites par la base (identité) sont laissées à la base ; tout le reste est écrit.
        var proprietes = type.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .ToArray();
        if (proprietes.Any(p => p.IsShadowProperty()))
            throw new InvalidOperationException($"{typeof(T).Name} a des propriétés cachées : non pris en charge.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var colonnes = string.Join(", ", proprietes.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var valeurs = string.Join(", ", proprietes.Select((_, i) => $"@p{i}"));
        if (db.Database.GetDbConnection() is NpgsqlConnection)
            return await CopierAsync(
                db,
                lignes,
                proprietes,
                sql.DelimitIdentifier(table.Name, table.Schema),
                colonnes,
                table,
                ct
            );

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var commande = db.Database.GetDbConnection().CreateCommand();
            commande.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            commande.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({colonnes}) VALUES ({valeurs})";
            var parametres = new DbParameter[proprietes.Length];
            var ecrites = 0;
            foreach (var ligne in lignes)
            {
                for (var i = 0; i < proprietes.Length; i++)
                {
                    var propriete = proprietes[i];
                    var mapping = (RelationalTypeMapping)propriete.GetTypeMapping();
                    var valeur = propriete.GetGetter().GetClrValue(ligne);
                    if (parametres[i] is null)
                    {
                        // Le premier paramètre est créé par le mapping (type, taille, conversion) ; les lignes
                        // suivantes ne changent que sa valeur, convertie de la même façon.
                        parametres[i] = mapping.CreateParameter(commande, $"@p{i}", valeur, propriete.IsNullable);
                        commande.Parameters.Add(parametres[i]);
                    }
                    else
                    {
                        parametres[i].Value = ValeurFournisseur(mapping, valeur);
                    }
                }
                if (ecrites == 0)
                    await commande.PrepareAsync(ct);
                await commande.ExecuteNonQueryAsync(ct);
                ecrites++;
            }
            return ecrites;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// PostgreSQL : <c>COPY … FROM STDIN (FORMAT BINARY)</c>, le chemin le plus court pour écrire des milliers de
    /// lignes (ADR 0018) ; chaque valeur est convertie comme pour l'INSERT et typée par la colonne du modèle. Dans la
    /// transaction de l'appelant comme l'INSERT : une erreur n'écrit rien.
    /// </summary>
    private static async Task<int> CopierAsync<T>(
        PilotisDbContext db,
        IEnumerable<T> lignes,
        IProperty[] proprietes,
        string nomTable,
        string colonnes,
        StoreObjectIdentifier table,
        CancellationToken ct
    )
        where T : class
    {
        var types = proprietes.Select(p => TypePostgres(p.GetColumnType(table))).ToArray();
        var mappings = proprietes.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connexion = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var copie = await connexion.BeginBinaryImportAsync(
                $"COPY {nomTable} ({colonnes}) FROM STDIN (FORMAT BINARY)",
                ct
            );
            var ecrites = 0;
            foreach (var ligne in lignes)
            {
                await copie.StartRowAsync(ct);
                for (var i = 0; i < proprietes.Length; i++)
                {
                    var valeur = ValeurFournisseur(mappings[i], proprietes[i].GetGetter().GetClrValue(ligne));
                    if (valeur is DBNull)
                        await copie.WriteNullAsync(ct);
                    else
                        await copie.WriteAsync(valeur, types[i], ct);
                }
                ecrites++;
            }
            await copie.CompleteAsync(ct);
            return ecrites;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Le nom de type que Npgsql attend : celui de la colonne sans sa taille (« character varying(200) »
    /// → « character varying »).</summary>
    private static string TypePostgres(string type)
    {
        var parenthese = type.IndexOf('(', StringComparison.Ordinal);
        return parenthese < 0 ? type : type[..parenthese].TrimEnd();
    }

    private static object ValeurFournisseur(RelationalTypeMapping mapping, object? valeur)
    {
        if (valeur is null)
            return DBNull.Value;
        if (mapping.Converter is { } conversion)
            valeur = conversion.ConvertToProvider(valeur);
        if (valeur is Enum e)
            valeur = Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture);
        return valeur ?? DBNull.Value;
    }
}
