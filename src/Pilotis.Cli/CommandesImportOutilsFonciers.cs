using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Data.Import;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// « pilotis import outils-fonciers FICHIER.csv » : registre des outils fonciers des communes et des EPCI
/// (docs/formats/outils-fonciers.md), tout ou rien ; réimporter le même fichier ne change rien.
/// </summary>
public static class CommandesImportOutilsFonciers
{
    public static Command Import() =>
        Commandes.CommandeImport(
            "outils-fonciers",
            "Importe le registre des outils fonciers (CSV « ; », docs/formats/outils-fonciers.md) : ZAD, DPU, SMS, "
                + "OAP, emplacements réservés, conventions de portage de l'EPF. Tout ou rien ; un outil déjà connu "
                + "(même commune, même type, même nom) est mis à jour.",
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
        var horloge = services.GetService<TimeProvider>() ?? TimeProvider.System;
        return await AffichageImport.ImporterAsync(
            console,
            fichier,
            "Lecture, vérification et écriture des outils fonciers…",
            "outil(s) foncier(s)",
            flux => new ImportOutilsFonciers(db, horloge).ExecuterAsync(flux, null, ct)
        );
    }
}
