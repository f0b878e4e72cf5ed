using Npgsql;
using Pilotis.Data.Base;

namespace Pilotis.Web.Tests.Infrastructure;

/// <summary>
/// The app on a real PostgreSQL server: a uniquely named database (created by the app's migration at start-up)
/// on the server given by <c>PILOTIS_TEST_POSTGRES</c>, dropped when the factory is disposed.
/// Without that variable the PostgreSQL tests fail: they are never skipped.
/// </summary>
public sealed class PostgresFactory : PilotisFactory
{
    public const string Variable = "PILOTIS_TEST_POSTGRES";
    public const string PrefixeBase = "pilotis_test_";

    private readonly string _base;
    private readonly string _serveur;

    public PostgresFactory()
    {
        var chaine = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(chaine))
        {
            throw new InvalidOperationException(
                $"La variable d'environnement {Variable} n'est pas définie : les tests PostgreSQL ne peuvent pas "
                    + "s'exécuter "
                    + "(ils ne sont jamais ignorés). Lancez scripts/test.sh, qui démarre PostgreSQL, ou définissez "
                    + "par exemple "
                    + $"{Variable}=\"Host=localhost;Username=pilotis;Password=pilotis\"."
            );
        }
        _serveur = chaine;
        _base = $"{PrefixeBase}{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..48];
    }

    public override Fournisseur Fournisseur => Fournisseur.Postgres;

    public override string ChaineConnexion =>
        new NpgsqlConnectionStringBuilder(_serveur) { Database = _base, Pooling = true }.ConnectionString;

    private bool _nettoye;

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (!_nettoye)
            {
                _nettoye = true;
                NpgsqlConnection.ClearAllPools();
                var maintenance = new NpgsqlConnectionStringBuilder(_serveur)
                {
                    Database = "postgres",
                    Pooling = false,
                };
                await using var connexion = new NpgsqlConnection(maintenance.ConnectionString);
                await connexion.OpenAsync();
                await using var commande = new NpgsqlCommand(
                    $"DROP DATABASE IF EXISTS \"{_base}\" WITH (FORCE)",
                    connexion
                );
                await commande.ExecuteNonQueryAsync();
            }
        }
    }
}
