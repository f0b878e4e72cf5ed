using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Pilotis.E2E.Infrastructure;

/// <summary>
/// The real app served by Kestrel on a free loopback port, on a temporary SQLite file with the territories
/// imported and the Gard demo data seeded, so that Chromium can browse it.
/// </summary>
public sealed class ApplicationE2E : WebApplicationFactory<Program>
{
    private readonly string _fichier = Path.Combine(Path.GetTempPath(), $"pilotis-e2e-{Guid.NewGuid():N}.db");

    /// <summary>
    /// SRU receipts uploaded by the journeys, kept out of the source tree (default is &lt;content
    /// root&gt;/data/justificatifs).
    /// </summary>
    private readonly string _justificatifs = Path.Combine(
        Path.GetTempPath(),
        $"pilotis-e2e-justificatifs-{Guid.NewGuid():N}"
    );

    /// <summary>
    /// Operation dossier pieces uploaded by the journeys (default is &lt;content root&gt;/data/documents-operations).
    /// </summary>
    private readonly string _documents = Path.Combine(Path.GetTempPath(), $"pilotis-e2e-documents-{Guid.NewGuid():N}");
    private bool _nettoye;

    public ApplicationE2E() => UseKestrel(0);

    /// <summary>Base address of the running server, e.g. http://127.0.0.1:41234 (starts it on first use).</summary>
    public Uri Adresse
    {
        get
        {
            StartServer();
            var adresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(adresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Pilotis", $"Data Source={_fichier}");
        builder.UseSetting("Demonstration:Semer", "true");
        // les tests lancent eux-mêmes les échéances des demandes
        builder.UseSetting("Demandes:EcheancesAutomatiques", "false");
        builder.UseSetting("Demonstration:Demandes", "1500"); // le Gard en compte 23 000 : une part suffit aux tests
        builder.UseSetting("Sru:DossierJustificatifs", _justificatifs);
        builder.UseSetting("Production:DossierDocuments", _documents);
        // Tous les essais viennent de la même adresse : les limites de débit sont testées à part (LimitesDebitTests).
        builder.UseSetting("LimitesDebit:PublicParMinute", "1000000");
        builder.UseSetting("LimitesDebit:ConnexionParMinute", "1000000");
        builder.UseSetting("LimitesDebit:MaDemandeParQuartDHeure", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

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
                if (Directory.Exists(_justificatifs))
                    Directory.Delete(_justificatifs, recursive: true);
                if (Directory.Exists(_documents))
                    Directory.Delete(_documents, recursive: true);
            }
        }
    }
}
