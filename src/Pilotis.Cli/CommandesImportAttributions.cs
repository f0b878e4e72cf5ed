using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// « pilotis import attributions FICHIER.csv » : baux signés (docs/formats/attributions.md), tout ou rien ;
/// réimporter le même fichier ne change rien.
/// </summary>
public static class CommandesImportAttributions
{
    public static Command Import() =>
        Commandes.CommandeImport(
            "attributions",
            "Importe des baux signés (CSV « ; », docs/formats/attributions.md) ; les demandes nommées deviennent "
                + "satisfaites. Tout ou rien ; réimporter le même fichier ne change rien.",
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
        BilanImportAttributions? bilan = null;
        await console
            .Status()
            .StartAsync("Lecture et vérification des baux…", async _ =>
            {
                await using var flux = fichier.OpenRead();
                bilan = await new ImportAttributions(db).ExecuterAsync(flux, ct);
            });
        if (!bilan!.Reussi)
        {
            AffichageImport.Refus(console, bilan.Erreurs.Count, bilan.Erreurs);
            return 1;
        }
        var table = new Table().AddColumns("Lignes", "Ajoutés", "Modifiés", "Inchangés", "Demandes satisfaites");
        table.AddRow(
            $"{bilan.Lignes}",
            $"{bilan.Ajoutes}",
            $"{bilan.Modifies}",
            $"{bilan.Inchanges}",
            $"{bilan.DemandesSatisfaites}"
        );
        console.Write(table);
        console.MarkupLine(
            $"[green]{bilan.Lignes} ligne(s) : {bilan.Ajoutes} ajouté(s), {bilan.Modifies} modifié(s), "
                + $"{bilan.Inchanges} inchangé(s) ; {bilan.DemandesSatisfaites} demande(s) satisfaite(s).[/]"
        );
        return 0;
    }
}
