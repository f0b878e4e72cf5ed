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
    public static Command Import()
    {
        var commande = new Command(
            "logements",
            "Importe le parc de logements (CSV « ; », docs/formats/logements.md). Tout ou rien ; un logement est "
                + "retrouvé par son identifiant RPLS, réimporter le même fichier ne change rien."
        );
        var fichier = new Argument<FileInfo>("fichier")
        {
            Description = "Fichier CSV (UTF-8, « ; », ligne d'en-tête).",
        };
        commande.Add(fichier);
        commande.SetAction(
            async (resultat, ct) =>
                await Commandes.Executer(services =>
                    ImporterAsync(services, resultat.GetValue(fichier)!, AnsiConsole.Console, ct)
                )
        );
        return commande;
    }

    /// <summary>Le travail de la commande : 0 si le fichier est importé, 1 s'il est refusé (rien écrit).</summary>
    public static async Task<int> ImporterAsync(
        IServiceProvider services,
        FileInfo fichier,
        IAnsiConsole console,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(fichier);
        ArgumentNullException.ThrowIfNull(console);
        if (!fichier.Exists)
        {
            console.MarkupLine($"[red]Fichier introuvable :[/] {Markup.Escape(fichier.FullName)}");
            return 1;
        }
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
        if (bilan!.Reussi)
        {
            var table = new Table().AddColumns("Lignes", "Ajoutés", "Modifiés", "Inchangés", "Durée");
            table.AddRow(
                $"{bilan.Lignes}",
                $"{bilan.Ajoutes}",
                $"{bilan.Modifies}",
                $"{bilan.Inchanges}",
                $"{chrono.Elapsed.TotalSeconds:0.0} s"
            );
            console.Write(table);
            console.MarkupLine(
                $"[green]{bilan.Lignes} logement(s) : {bilan.Ajoutes} ajouté(s), {bilan.Modifies} modifié(s), "
                    + $"{bilan.Inchanges} inchangé(s).[/]"
            );
            return 0;
        }
        console.MarkupLine($"[red]Refusé, rien n'a été écrit : {bilan.NombreErreurs} erreur(s).[/]");
        foreach (var e in bilan.Erreurs)
            console.MarkupLine($"  Ligne {e.Ligne} : {Markup.Escape(e.Message)}");
        return 1;
    }
}
