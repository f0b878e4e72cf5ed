namespace Pilotis.Data.Csv;

/// <summary>
/// Les messages des défauts de forme d'un fichier CSV, les mêmes pour les quatre imports, leurs pages et la ligne de
/// commande. Chacun dit ce qui ne va pas et comment le corriger dans le tableur : la personne qui importe n'a que le
/// message pour réparer son fichier.
/// </summary>
public static class MessagesCsv
{
    private const string Reenregistrer = "Enregistrez-le en « CSV UTF-8 » et importez-le de nouveau.";

    private const string FermerGuillemet = "Fermez le guillemet, ou doublez-le (\"\") s'il fait partie du texte.";

    /// <summary>Octets invalides en UTF-8 : presque toujours un « CSV » d'Excel en français (Windows-1252).</summary>
    public const string NonUtf8 =
        "Le fichier n'est pas encodé en UTF-8 (il semble enregistré en Windows-1252 / Latin-1, par exemple par Excel "
        + "« CSV (séparateur : point-virgule) »). "
        + Reenregistrer;

    /// <summary>« Texte Unicode » d'Excel : UTF-16, reconnu à son indicateur d'ordre des octets.</summary>
    public const string Utf16 =
        "Le fichier est encodé en UTF-16 (par exemple « Texte Unicode » d'Excel) et non en UTF-8. " + Reenregistrer;

    public const string Xlsx = "il ressemble à un classeur Excel .xlsx ou à une archive ZIP";
    public const string Xls = "il ressemble à un ancien classeur Excel .xls";
    public const string Pdf = "il ressemble à un document PDF";
    public const string OctetsNuls = "il contient des octets nuls, comme un fichier binaire";

    public const string GuillemetNonFerme =
        "Guillemet ouvert et jamais fermé : toute la suite du fichier serait lue comme une seule valeur. "
        + FermerGuillemet;

    public const string GuillemetIsole =
        "Guillemet (\") au milieu d'une valeur qui ne commence pas par un guillemet : retirez-le, ou entourez toute "
        + "la valeur de guillemets en doublant celui-ci (\"\").";

    public const string TexteApresGuillemet =
        "Texte après le guillemet fermant d'une valeur entre guillemets : entourez toute la valeur de guillemets et "
        + "doublez les guillemets qu'elle contient (\"\").";

    /// <summary>
    /// Le passage qui contient le premier octet invalide, lu comme Excel l'a écrit, pour le retrouver.
    /// </summary>
    public static string NonUtf8Avec(string extrait) =>
        NonUtf8 + $" Premier passage en cause (lu en Windows-1252) : « {extrait} ».";

    /// <param name="raison">Ce à quoi le fichier ressemble (<see cref="Xlsx"/>, <see cref="OctetsNuls"/>…).</param>
    public static string Binaire(string raison) =>
        $"Ce fichier n'est pas un fichier CSV ({raison}). Ouvrez-le dans votre tableur, enregistrez-le en « CSV "
        + "UTF-8 » avec le point-virgule pour séparateur, et importez le fichier .csv obtenu.";

    /// <param name="nom">Le séparateur trouvé, avec son article : « la virgule », « la tabulation ».</param>
    public static string Separateur(string nom) =>
        $"Le séparateur attendu est le point-virgule (;) ; ce fichier utilise {nom}. Enregistrez-le avec le "
        + "point-virgule pour séparateur (« CSV UTF-8 » d'Excel en français) et importez-le de nouveau.";

    public static string NombreDeChamps(int lus, int attendus) =>
        $"La ligne compte {lus} champ(s) au lieu des {attendus} de l'en-tête : un point-virgule manque ou est en trop "
        + "(une valeur qui contient « ; » doit être entre guillemets).";

    /// <summary>
    /// Un enregistrement plus long que la limite : un guillemet jamais fermé avale la suite du fichier.
    /// </summary>
    public static string EnregistrementTropLong(int octets) =>
        $"Plus de {octets / (1024 * 1024)} Mo sans fin de ligne hors guillemets : un guillemet ouvert n'est sans "
        + "doute jamais fermé, et toute la suite du fichier serait lue comme une seule valeur. "
        + FermerGuillemet;

    /// <summary>
    /// Un défaut de la ligne d'en-tête refuse tout le fichier : sans en-tête sûr, aucune colonne ne l'est.
    /// </summary>
    public static string EnteteMalForme(string defaut) => "En-tête mal formé. " + defaut;
}
