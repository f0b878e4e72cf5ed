using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pilotis.Data.Base;

/// <summary>
/// Vérifie les paramètres de chaque commande envoyée à la base : un texte contenant U+0000 lève
/// <see cref="CaractereNulException"/> avant l'envoi. Un seul contrôle pour toutes les requêtes (adresse, formulaire,
/// JSON), au lieu d'un filtre par page ; le site le traduit en 400.
/// </summary>
public sealed class RefusCaractereNul : DbCommandInterceptor
{
    public static readonly RefusCaractereNul Instance = new();

    private static void Verifier(DbCommand commande)
    {
        foreach (DbParameter parametre in commande.Parameters)
        {
            if (parametre.Value is string texte && texte.Contains('\0', StringComparison.Ordinal))
                throw new CaractereNulException();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        Verifier(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        Verifier(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result
    )
    {
        Verifier(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Verifier(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result
    )
    {
        Verifier(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default
    )
    {
        Verifier(command);
        return ValueTask.FromResult(result);
    }
}
