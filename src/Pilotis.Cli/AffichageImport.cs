using System.Diagnostics;
using Pilotis.Data.Import;
using Pilotis.Domain.Commun;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>Ce que toutes les commandes d'import affichent de la même façon : fichier absent, bilan, refus.</summary>
public static class AffichageImport
{
    /// <summary>Vrai (et le dit) quand le fichier n'existe pas.</summary>
    public static bool Absent(IAnsiConsole console, FileInfo fichier)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(fichier);
        if (fichier.Exists)
            return false;
        console.MarkupLine($"[red]Fichier introuvable :[/] {Markup.Escape(fichier.FullName)}");
        return true;
    }

    /// <summary>Le bilan d'un import réussi : un tableau, puis une phrase.</summary>
    public static void Bilan(
        IAnsiConsole console,
        string quoi,
        (long Lignes, long Ajoutes, long Modifies, long Inchanges) bilan,
        TimeSpan duree
    )
    {
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().AddColumns("Lignes", "Ajoutés", "Modifiés", "Inchangés", "Durée");
        table.AddRow(
            $"{bilan.Lignes}",
            $"{bilan.Ajoutes}",
            $"{bilan.Modifies}",
            $"{bilan.Inchanges}",
            $"{duree.TotalSeconds:0.0} s"
        );
        console.Write(table);
        console.MarkupLine(
            $"[green]{bilan.Lignes} {quoi} : {bilan.Ajoutes} ajouté(s), {bilan.Modifies} modifié(s), "
                + $"{bilan.Inchanges} inchangé(s).[/]"
        );
    }

    /// <summary>Le refus d'un fichier : rien n'est écrit, chaque erreur avec son numéro de ligne.</summary>
    public static void Refus(IAnsiConsole console, long nombre, IEnumerable<ErreurLigne> erreurs)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(erreurs);
        console.MarkupLine($"[red]Refusé, rien n'a été écrit : {nombre} erreur(s).[/]");
        foreach (var e in erreurs)
            console.MarkupLine($"  Ligne {e.Ligne} : {Markup.Escape(e.Message)}");
    }

    /// <summary>
    /// Le travail commun des imports de fichier : fichier absent, lecture sous un indicateur d'attente
    /// (<paramref name="etape"/>), refus détaillé ou bilan compté en <paramref name="unite"/>. 0 si le fichier est
    /// importé, 1 s'il est refusé (rien écrit).
    /// </summary>
    public static async Task<int> ImporterAsync(
        IAnsiConsole console,
        FileInfo fichier,
        string etape,
        string unite,
        Func<Stream, Task<BilanImport>> importer
    )
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(fichier);
        ArgumentNullException.ThrowIfNull(importer);
        if (Absent(console, fichier))
            return 1;
        BilanImport? bilan = null;
        var chrono = Stopwatch.StartNew();
        await console
            .Status()
            .StartAsync(etape, async _ =>
            {
                await using var flux = fichier.OpenRead();
                bilan = await importer(flux);
            });
        if (!bilan!.Reussi)
        {
            Refus(console, bilan.Erreurs.Count, bilan.Erreurs);
            return 1;
        }
        Bilan(console, unite, (bilan.Lignes, bilan.Ajoutes, bilan.Modifies, bilan.Inchanges), chrono.Elapsed);
        return 0;
    }
}
