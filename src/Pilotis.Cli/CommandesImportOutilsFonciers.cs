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
        if (AffichageImport.Absent(console, fichier))
            return 1;
        var db = services.GetRequiredService<PilotisDbContext>();
        var horloge = services.GetService<TimeProvider>() ?? TimeProvider.System;
        BilanImport? bilan = null;
        var chrono = Stopwatch.StartNew();
        await console
            .Status()
            .StartAsync("Lecture, vérification et écriture des outils fonciers…", async _ =>
            {
                await using var flux = fichier.OpenRead();
                bilan = await new ImportOutilsFonciers(db, horloge).ExecuterAsync(flux, null, ct);
            });
        if (!bilan!.Reussi)
        {
            AffichageImport.Refus(console, bilan.Erreurs.Count, bilan.Erreurs);
            return 1;
        }
        var chiffres = (bilan.Lignes, bilan.Ajoutes, bilan.Modifies, bilan.Inchanges);
        AffichageImport.Bilan(console, "outil(s) foncier(s)", chiffres, chrono.Elapsed);
        return 0;
    }
}
