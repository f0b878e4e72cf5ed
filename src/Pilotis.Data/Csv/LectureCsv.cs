using CsvHelper;

namespace Pilotis.Data.Csv;

/// <summary>Règles communes des imports CSV de Pilotis (UTF-8, « ; », ligne d'en-tête).</summary>
public static class LectureCsv
{
    /// <summary>Lecteur des fichiers d'import : séparateur « ; », espaces retirés, lignes vides sautées, numéros de ligne suivis.</summary>
    public static CsvReader Ouvrir(Stream flux) =>
        CsvReader.Create(
            flux,
            new CsvReaderOptions
            {
                Separator = ';',
                TrimWhitespace = true,
                TrackLineNumbers = true,
                SkipEmptyLines = true,
            }
        );

    /// <summary>
    /// En-têtes tels qu'écrits dans le fichier, retrouvés par leur nom normalisé (casse, espaces, BOM) ;
    /// vide quand le fichier est vide ou que son en-tête est illisible.
    /// </summary>
    public static Dictionary<string, string> Entetes(CsvReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        try
        {
            return csv
                .Headers.GroupBy(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }
        catch (CsvFormatException)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
    }
}
