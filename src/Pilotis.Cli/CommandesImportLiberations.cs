using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Data.Import;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// « pilotis import liberations FICHIER.csv » : logements libérés ou mis en service (docs/formats/liberations.md),
/// tout ou rien ; réimporter le même fichier ne change rien.
/// </summary>
public static class CommandesImportLiberations
{
    public static Command Import() =>
        Commandes.CommandeImport(
            "liberations",
            "Déclare des logements libérés ou mis en service (CSV « ; », docs/formats/liberations.md) : ils entrent "
                + "dans le flux de l'année de leur disponibilité. Tout ou rien ; réimporter le même fichier ne change "
                + "rien.",
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
        var db = services.GetRequiredService<PilotisDbContext>();
        return await AffichageImport.ImporterAsync(
            console,
            fichier,
            "Lecture, vérification et écriture des logements libérés…",
            "logement(s) libéré(s)",
            flux => new ImportLiberations(db).ExecuterAsync(flux, ct)
        );
    }
}
