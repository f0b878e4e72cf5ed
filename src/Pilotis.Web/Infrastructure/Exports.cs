using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Exports des listes : CSV séparé par « ; » en UTF-8 avec BOM (Excel français l'ouvre tel quel) et XLSX.
/// Le CSV est écrit au fil de l'eau ; les cellules commençant par = + - @ sont neutralisées (injection de formules).
/// </summary>
public static class Exports
{
    public const string TypeCsv = "text/csv; charset=utf-8";
    public const string TypeXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly CultureInfo Francais = Affichage.Fr;

    public static IActionResult Csv<T>(
        string nomFichier,
        IReadOnlyList<ColonneExport<T>> colonnes,
        IAsyncEnumerable<T> lignes
    ) => new ResultatCsv<T>(nomFichier, colonnes, lignes);

    public static async Task<IActionResult> XlsxAsync<T>(
        string nomFichier,
        string feuille,
        IReadOnlyList<ColonneExport<T>> colonnes,
        IAsyncEnumerable<T> lignes,
        CancellationToken ct = default
    )
    {
        using var classeur = new XLWorkbook();
        var f = classeur.AddWorksheet(feuille);
        for (var c = 0; c < colonnes.Count; c++)
        {
            f.Cell(1, c + 1).SetValue(colonnes[c].Titre);
            f.Cell(1, c + 1).Style.Font.Bold = true;
            f.Column(c + 1).Width = Math.Clamp(colonnes[c].Titre.Length + 4, 12, 60);
        }
        var ligne = 2;
        await foreach (var element in lignes.WithCancellation(ct))
        {
            for (var c = 0; c < colonnes.Count; c++)
            {
                Ecrire(f.Cell(ligne, c + 1), colonnes[c].Valeur(element));
            }
            ligne++;
        }
        f.SheetView.FreezeRows(1);
        if (ligne > 2)
            f.Range(1, 1, ligne - 1, colonnes.Count).SetAutoFilter();
        using var flux = new MemoryStream();
        classeur.SaveAs(flux);
        return new FileContentResult(flux.ToArray(), TypeXlsx) { FileDownloadName = nomFichier };
    }

    /// <summary>
    /// Une valeur dans une cellule XLSX : nombres et dates typés (Excel sait trier et sommer), le reste en texte.
    /// </summary>
    public static void Ecrire(IXLCell cellule, object? valeur)
    {
        switch (valeur)
        {
            case null:
                break;
            case int n:
                cellule.SetValue(n);
                break;
            case long n:
                cellule.SetValue(n);
                break;
            case decimal n:
                cellule.SetValue(n);
                break;
            case double n:
                cellule.SetValue(n);
                break;
            case bool b:
                cellule.SetValue(b ? "Oui" : "Non");
                break;
            case DateTimeOffset d:
                cellule.SetValue(HeureDeParis(d));
                cellule.Style.DateFormat.Format = "dd/mm/yyyy hh:mm";
                break;
            case DateOnly d:
                cellule.SetValue(d.ToDateTime(TimeOnly.MinValue));
                cellule.Style.DateFormat.Format = "dd/mm/yyyy";
                break;
            case var v:
                cellule.SetValue(Convert.ToString(v, Francais) ?? "");
                break;
        }
    }

    /// <summary>
    /// Options CSV communes : « ; », BOM UTF-8, textes commençant par = + - @ neutralisés, nombres à la française.
    /// </summary>
    public static CsvWriterOptions OptionsCsv =>
        new()
        {
            Separator = ';',
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
            FormatProvider = Francais,
        };

    /// <summary>Texte d'une valeur pour le CSV : dates à l'heure de Paris, booléens en Oui/Non.</summary>
    public static string Texte(object? valeur) =>
        valeur switch
        {
            null => "",
            bool b => b ? "Oui" : "Non",
            DateTimeOffset d => HeureDeParis(d).ToString("dd/MM/yyyy HH:mm", Francais),
            DateOnly d => d.ToString("dd/MM/yyyy", Francais),
            IFormattable f => f.ToString(null, Francais),
            _ => valeur.ToString() ?? "",
        };

    private static DateTime HeureDeParis(DateTimeOffset instant) => Affichage.HeureDeParis(instant);

    private sealed class ResultatCsv<T>(
        string nomFichier,
        IReadOnlyList<ColonneExport<T>> colonnes,
        IAsyncEnumerable<T> lignes
    ) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var reponse = context.HttpContext.Response;
            var ct = context.HttpContext.RequestAborted;
            reponse.ContentType = TypeCsv;
            var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(nomFichier);
            reponse.Headers.ContentDisposition = disposition.ToString();
            // Le BOM UTF-8 fait reconnaître l'encodage par Excel ; les textes commençant par = + - @ y sont
            // neutralisés.
            var options = OptionsCsv;
            await using var csv = CsvWriter.Create(reponse.Body, options, leaveOpen: true);
            await csv.WriteRecordAsync(colonnes.Select(c => c.Titre).ToArray(), ct);
            var champs = new string[colonnes.Count];
            await foreach (var element in lignes.WithCancellation(ct))
            {
                for (var c = 0; c < colonnes.Count; c++)
                    champs[c] = Texte(colonnes[c].Valeur(element));
                await csv.WriteRecordAsync(champs, ct);
            }
            await csv.FlushAsync();
        }
    }
}
