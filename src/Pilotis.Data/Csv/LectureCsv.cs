using CsvHelper;

namespace Pilotis.Data.Csv;

/// <summary>
/// La lecture des fichiers CSV de tous les imports (opérations, inventaire SRU, attributs des communes, demandes), de
/// leurs pages comme de la ligne de commande : UTF-8 (avec ou sans BOM), séparateur « ; », ligne d'en-tête
/// (docs/adr/0011-lecture-csv.md). Un fichier qui n'est pas cela est refusé avec un message qui dit comment le
/// corriger, avant qu'aucune ligne n'atteigne l'import, et donc avant toute écriture.
/// </summary>
public static class LectureCsv
{
    /// <summary>
    /// 1 Mo : au-delà, un enregistrement est un guillemet jamais fermé qui avale la suite du fichier, pas une ligne.
    /// </summary>
    public const int TailleMaximaleEnregistrement = 1024 * 1024;

    /// <summary>
    /// Ouvre un fichier d'import et lit son en-tête. Séparateur « ; », espaces retirés, lignes vides sautées, numéros
    /// de ligne physiques (en-tête = ligne 1, les lignes d'une valeur entre guillemets comptées).
    /// </summary>
    /// <param name="flux">
    /// Le fichier ; fermé avec le <see cref="FichierCsv"/> rendu, ou tout de suite s'il est refusé.
    /// </param>
    /// <param name="ligneMalFormee">
    /// Reçoit chaque ligne mal formée (guillemets, nombre de champs) dans l'ordre du fichier, pendant la lecture ;
    /// la ligne est sautée. Null : elle est sautée sans rien dire (relecture d'un fichier déjà vérifié).
    /// </param>
    /// <exception cref="FichierCsvRefuseException">
    /// Classeur ou fichier binaire, encodage autre que UTF-8, séparateur autre que « ; », en-tête mal formé. Les
    /// mêmes défauts trouvés plus loin dans le fichier la lèvent pendant <see cref="FichierCsv.Lire"/>.
    /// </exception>
    public static FichierCsv Ouvrir(Stream flux, Action<ErreurLigne>? ligneMalFormee = null)
    {
        ArgumentNullException.ThrowIfNull(flux);
        var verifie = new FluxCsvVerifie(flux);
        FichierCsv? fichier = null;
        try
        {
            var (debut, finDuFichier) = verifie.LireDebut();
            if (DiagnosticCsv.Debut(debut.Span, finDuFichier) is ErreurLigne refus)
                throw new FichierCsvRefuseException(refus);
            fichier = new FichierCsv(verifie, ligneMalFormee);
            fichier.LireEntete();
            return fichier;
        }
        catch
        {
            if (fichier is null)
                verifie.Dispose();
            else
                fichier.Dispose();
            throw;
        }
    }

    /// <summary>
    /// En-têtes tels qu'écrits dans le fichier, retrouvés par leur nom normalisé (casse, espaces, BOM) ;
    /// vide quand le fichier est vide.
    /// </summary>
    public static Dictionary<string, string> Entetes(CsvReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return csv
            .Headers.GroupBy(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
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
