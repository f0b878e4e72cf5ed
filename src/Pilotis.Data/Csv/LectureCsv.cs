using CsvHelper;

namespace Pilotis.Data.Csv;

/// <summary>Règles communes des imports CSV de Pilotis (UTF-8, « ; », ligne d'en-tête).</summary>
public static class LectureCsv
{
    /// <summary>
    /// Lecteur des fichiers d'import : séparateur « ; », espaces retirés, lignes vides sautées, numéros de ligne
    /// suivis.
    /// </summary>
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

    /// <summary>
    /// L'erreur de la ligne d'en-tête (ligne 1) quand une colonne obligatoire manque, ou que le fichier est vide ;
    /// null quand l'en-tête est complet. Même message pour tous les imports.
    /// </summary>
    public static ErreurLigne? ErreurEntete(
        IReadOnlyCollection<string> entetes,
        IReadOnlyList<string> obligatoires,
        StringComparer comparateur
    )
    {
        ArgumentNullException.ThrowIfNull(entetes);
        ArgumentNullException.ThrowIfNull(obligatoires);
        var manquantes = obligatoires.Where(c => !entetes.Contains(c, comparateur)).ToList();
        if (manquantes.Count == 0)
            return null;
        return new ErreurLigne(
            1,
            entetes.Count == 0
                ? "Fichier vide : la ligne d'en-tête est attendue (" + string.Join(";", obligatoires) + ")."
                : "Colonnes manquantes dans l'en-tête : " + string.Join(", ", manquantes) + "."
        );
    }
}
