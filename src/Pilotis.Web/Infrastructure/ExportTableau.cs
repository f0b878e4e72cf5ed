using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Export d'une liste telle qu'affichée : CSV (séparateur « ; », UTF-8 avec BOM pour qu'Excel lise les accents) ou XLSX.
/// </summary>
public static class ExportTableau
{
    public const string TypeCsv = "text/csv; charset=utf-8";
    public const string TypeXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static FileContentResult Csv(string nomFichier, IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<object?>> lignes)
    {
        using var memoire = new MemoryStream();
        // Le BOM est écrit à la main : WriteByteOrderMark ne s'applique pas à un TextWriter.
        using (var ecrivain = new StreamWriter(memoire, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvWriter.Create(ecrivain, new CsvWriterOptions { Separator = ';' }))
        {
            csv.WriteHeader([.. entetes]);
            foreach (var ligne in lignes)
            {
                foreach (var valeur in ligne) csv.WriteField(Formater(valeur));
                csv.EndRecord();
            }
        }
        return new FileContentResult(memoire.ToArray(), TypeCsv) { FileDownloadName = nomFichier + ".csv" };
    }

    public static FileContentResult Xlsx(string nomFichier, string nomFeuille, IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<object?>> lignes)
    {
        using var classeur = new XLWorkbook();
        var feuille = classeur.Worksheets.Add(nomFeuille.Length > 31 ? nomFeuille[..31] : nomFeuille);
        for (var c = 0; c < entetes.Count; c++) feuille.Cell(1, c + 1).Value = entetes[c];
        feuille.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var ligne in lignes)
        {
            for (var c = 0; c < ligne.Count; c++)
            {
                var cellule = feuille.Cell(r, c + 1);
                switch (ligne[c])
                {
                    case null: break;
                    case int i: cellule.Value = i; break;
                    case long l: cellule.Value = l; break;
                    case decimal d: cellule.Value = d; break;
                    case double d: cellule.Value = d; break;
                    case DateOnly d: cellule.Value = d.ToDateTime(TimeOnly.MinValue); cellule.Style.DateFormat.Format = "dd/mm/yyyy"; break;
                    case DateTimeOffset d: cellule.Value = d.LocalDateTime; cellule.Style.DateFormat.Format = "dd/mm/yyyy hh:mm"; break;
                    case bool b: cellule.Value = b ? "oui" : "non"; break;
                    default: cellule.Value = ligne[c]!.ToString(); break;
                }
            }
            r++;
        }
        feuille.SheetView.FreezeRows(1);
        // AdjustToContents mesure le texte avec System.Drawing, absent hors Windows : largeur estimée sur les caractères.
        for (var c = 1; c <= entetes.Count; c++)
        {
            var largeur = feuille.Column(c).CellsUsed().Select(x => x.GetString().Length).DefaultIfEmpty(8).Max();
            feuille.Column(c).Width = Math.Clamp(largeur + 2, 8, 60);
        }
        using var memoire = new MemoryStream();
        classeur.SaveAs(memoire);
        return new FileContentResult(memoire.ToArray(), TypeXlsx) { FileDownloadName = nomFichier + ".xlsx" };
    }

    private static string Formater(object? valeur) => valeur switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        bool b => b ? "oui" : "non",
        IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("fr-FR")),
        _ => valeur.ToString() ?? "",
    };
}
