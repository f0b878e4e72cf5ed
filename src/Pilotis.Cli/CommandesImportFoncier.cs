using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Data.Import;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// « pilotis import foncier FICHIER.csv » : sites de l'observatoire foncier des EPCI (docs/formats/foncier.md), tout
/// ou rien ; réimporter le même fichier ne change rien.
/// </summary>
public static class CommandesImportFoncier
{
    public static Command Import() =>
        Commandes.CommandeImport(
            "foncier",
            "Importe les sites de l'observatoire foncier (CSV « ; », docs/formats/foncier.md) : parcelles, surface, "
                + "zone du PLU, propriétaire, contraintes, coordonnées. Tout ou rien ; un site déjà connu (même EPCI, "
                + "même identifiant) est mis à jour.",
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
            "Lecture, vérification et écriture des sites fonciers…",
            "site(s) foncier(s)",
            flux => new ImportSitesFonciers(db, horloge).ExecuterAsync(flux, null, ct)
        );
    }
}
