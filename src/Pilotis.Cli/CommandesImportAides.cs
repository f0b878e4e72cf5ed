using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Financement;
using Pilotis.Data.Import;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// « pilotis import aides FICHIER.json » : le catalogue d'aides-territoires (docs/formats/aides.md), une page de
/// son API ou un tableau d'aides. Tout ou rien ; réimporter le même fichier ne change rien.
/// </summary>
public static class CommandesImportAides
{
    public static Command Import() =>
        Commandes.CommandeImport(
            "aides",
            "Importe le catalogue d'aides-territoires (JSON : une page de l'API ou un tableau d'aides, "
                + "docs/formats/aides.md). Mise à jour par id ; tout ou rien ; réimporter le même fichier ne change "
                + "rien.",
            "Fichier JSON (UTF-8).",
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
        ArgumentNullException.ThrowIfNull(console);
        if (AffichageImport.Absent(console, fichier))
            return 1;
        var db = services.GetRequiredService<PilotisDbContext>();
        (BilanImport Bilan, string? Erreur) resultat = (BilanImport.Refus(0, []), null);
        var chrono = Stopwatch.StartNew();
        await console
            .Status()
            .StartAsync("Lecture, vérification et écriture des aides…", async _ =>
            {
                await using var flux = fichier.OpenRead();
                resultat = await new ImportAides(db).ExecuterAsync(flux, ct);
            });
        var (bilan, erreur) = resultat;
        if (erreur is not null)
        {
            console.MarkupLine($"[red]{Markup.Escape(erreur)}[/]");
            return 1;
        }
        if (!bilan.Reussi)
        {
            console.MarkupLine($"[red]Refusé, rien n'a été écrit : {bilan.Erreurs.Count} erreur(s).[/]");
            foreach (var e in bilan.Erreurs)
                console.MarkupLine($"  Aide n° {e.Ligne} : {Markup.Escape(e.Message)}");
            return 1;
        }
        AffichageImport.Bilan(
            console,
            "aide(s)",
            (bilan.Lignes, bilan.Ajoutes, bilan.Modifies, bilan.Inchanges),
            chrono.Elapsed
        );
        return 0;
    }
}
