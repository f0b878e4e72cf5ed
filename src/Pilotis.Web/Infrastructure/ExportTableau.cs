using ClosedXML.Excel;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Export d'un tableau déjà mis en lignes (en-têtes + valeurs), en CSV ou XLSX, avec les mêmes règles que <see
/// cref="Exports"/>
/// (« ; », BOM UTF-8, injection de formules neutralisée, cellules typées).
/// </summary>
public static class ExportTableau
{
    public const string TypeCsv = "text/csv; charset=utf-8";
    public const string TypeXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static FileContentResult Csv(
        string nomFichier,
        IReadOnlyList<string> entetes,
        IEnumerable<IReadOnlyList<object?>> lignes
    )
    {
        using var memoire = new MemoryStream();
        using (var csv = CsvWriter.Create(memoire, Exports.OptionsCsv, leaveOpen: true))
        {
            csv.WriteRecord([.. entetes]);
            foreach (var ligne in lignes)
                csv.WriteRecord(ligne.Select(Exports.Texte).ToArray());
        }
        return new FileContentResult(memoire.ToArray(), TypeCsv) { FileDownloadName = nomFichier + ".csv" };
    }

    public static FileContentResult Xlsx(
        string nomFichier,
        string nomFeuille,
        IReadOnlyList<string> entetes,
        IEnumerable<IReadOnlyList<object?>> lignes
    )
    {
        using var classeur = new XLWorkbook();
        Remplir(classeur.Worksheets.Add(nomFeuille.Length > 31 ? nomFeuille[..31] : nomFeuille), entetes, lignes);
        using var memoire = new MemoryStream();
        classeur.SaveAs(memoire);
        return new FileContentResult(memoire.ToArray(), TypeXlsx) { FileDownloadName = nomFichier + ".xlsx" };
    }

    /// <summary>
    /// Remplit une feuille (en-têtes en gras, première ligne figée, largeurs estimées) ; sert aussi aux classeurs à
    /// plusieurs feuilles.
    /// </summary>
    public static void Remplir(
        IXLWorksheet feuille,
        IReadOnlyList<string> entetes,
        IEnumerable<IReadOnlyList<object?>> lignes
    )
    {
        for (var c = 0; c < entetes.Count; c++)
            feuille.Cell(1, c + 1).Value = entetes[c];
        feuille.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var ligne in lignes)
        {
            for (var c = 0; c < ligne.Count; c++)
                Exports.Ecrire(feuille.Cell(r, c + 1), ligne[c]);
            r++;
        }
        feuille.SheetView.FreezeRows(1);
        // AdjustToContents mesure le texte avec System.Drawing, absent hors Windows : largeur estimée sur les
        // caractères.
        for (var c = 1; c <= entetes.Count; c++)
        {
            var largeur = feuille.Column(c).CellsUsed().Select(x => x.GetString().Length).DefaultIfEmpty(8).Max();
            feuille.Column(c).Width = Math.Clamp(largeur + 2, 8, 60);
        }
    }
}
