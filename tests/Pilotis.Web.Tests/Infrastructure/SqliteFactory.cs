using Microsoft.Data.Sqlite;
using Pilotis.Data.Base;

namespace Pilotis.Web.Tests.Infrastructure;

/// <summary>The app on a temporary SQLite file, deleted when the factory is disposed.</summary>
public sealed class SqliteFactory : PilotisFactory
{
    private readonly string _fichier = Path.Combine(Path.GetTempPath(), $"pilotis-tests-{Guid.NewGuid():N}.db");

    public override Fournisseur Fournisseur => Fournisseur.Sqlite;

    public override string ChaineConnexion => $"Data Source={_fichier}";

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
                SqliteConnection.ClearAllPools();
                foreach (var suffixe in new[] { "", "-wal", "-shm", "-journal" })
                {
                    File.Delete(_fichier + suffixe);
                }
            }
        }
    }
}
