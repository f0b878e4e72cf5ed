using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// « pilotis import logements FICHIER.csv » : le parc de logements (docs/formats/logements.md), tout ou rien ;
/// réimporter le même fichier ne change rien. L'administrateur de Pilotis importe tous les bailleurs.
/// </summary>
public static class CommandesImportLogements
{
    public static Command Import() =>
        Commandes.CommandeImport(
            "logements",
            "Importe le parc de logements (CSV « ; », docs/formats/logements.md). Tout ou rien ; un logement est "
                + "retrouvé par son identifiant RPLS, réimporter le même fichier ne change rien.",
            Commandes.FichierCsv,
            (services, fichier, ct) => ImporterAsync(services, fichier, AnsiConsole.Console, ct)
        );

    /// <summary>Le travail de la commande : 0 si le fichier est importé, 1 s'il est refusé (rien écrit).</summary>
    public static async Task<int> ImporterAsync(
        IServiceProvider services,
        FileInfo fichier,
        IAnsiConsole console,
        CancellationToken ct = default
    )
    {
        if (AffichageImport.Absent(console, fichier))
            return 1;
        var db = services.GetRequiredService<PilotisDbContext>();
        BilanImportLogements? bilan = null;
        var chrono = System.Diagnostics.Stopwatch.StartNew();
        await console
            .Status()
            .StartAsync("Lecture, vérification et écriture des logements…", async _ =>
                bilan = await new ImportLogements(db).ExecuterAsync(
                    fichier.OpenRead,
                    PerimetreImportLogements.Tout,
                    $"ligne de commande — « {fichier.Name} »",
                    ct
                )
            );
        if (!bilan!.Reussi)
        {
            AffichageImport.Refus(console, bilan.NombreErreurs, bilan.Erreurs);
            return 1;
        }
        AffichageImport.Bilan(
            console,
            "logement(s)",
            (bilan.Lignes, bilan.Ajoutes, bilan.Modifies, bilan.Inchanges),
            chrono.Elapsed
        );
        return 0;
    }
}
