using System.Globalization;

namespace Pilotis.Domain.Commun;

/// <summary>
/// Lecture tolérante des valeurs saisies ou importées : décimales avec « , » ou « . », espaces de milliers,
/// booléens « oui/non », dates « AAAA-MM-JJ » ou « JJ/MM/AAAA ». Même lecture pour tous les formulaires et tous les
/// imports.
/// </summary>
public static class LectureValeurs
{
    // « d/M/yyyy » lit aussi « 01/02/2026 » : le jour et le mois peuvent s'écrire sur un ou deux chiffres.
    private static readonly string[] FormatsDate = ["yyyy-MM-dd", "d/M/yyyy"];

    /// <summary>
    /// Bornes d'une année saisie (filtres, barèmes, calendriers) : au-delà, c'est une faute de frappe, pas une année
    /// que Pilotis puisse avoir en base.
    /// </summary>
    public const int AnneeMinimum = 2000;
    public const int AnneeMaximum = 2100;

    public static bool Entier(string? texte, out int valeur)
    {
        valeur = 0;
        var t = Nettoyer(texte);
        return t is not null
            && int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out valeur);
    }

    public static bool Nombre(string? texte, out decimal valeur)
    {
        valeur = 0m;
        var t = Nettoyer(texte);
        if (t is null)
            return false;
        // Une seule marque décimale admise : « 1 234,56 », « 1234.56 » ; pas de séparateur de milliers « , » ou « . ».
        if (t.Count(c => c is ',' or '.') > 1)
            return false;
        return decimal.TryParse(
            t.Replace(',', '.'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out valeur
        );
    }

    /// <summary>Montant saisi à la française (« 1 234,50 € ») ; null si vide ou illisible.</summary>
    public static decimal? Montant(string? texte) =>
        Nombre(texte?.Replace("€", "", StringComparison.Ordinal), out var valeur) ? valeur : null;

    public static bool Booleen(string? texte, out bool valeur)
    {
        valeur = false;
        switch (texte?.Trim().ToLowerInvariant())
        {
            case "oui" or "o" or "1" or "true" or "vrai":
                valeur = true;
                return true;
            case "non" or "n" or "0" or "false" or "faux":
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Une valeur d'énumération écrite par son nom (liste de choix d'un formulaire) ; un nombre ou un nom inconnu est
    /// refusé, pour qu'une valeur forgée ne devienne jamais un choix par défaut.
    /// </summary>
    public static bool Choix<T>(string? texte, out T valeur)
        where T : struct, Enum
    {
        valeur = default;
        var t = texte?.Trim();
        if (string.IsNullOrEmpty(t) || !char.IsAsciiLetter(t[0]))
            return false;
        return Enum.TryParse(t, ignoreCase: false, out valeur) && Enum.IsDefined(valeur);
    }

    public static bool Date(string? texte, out DateOnly valeur) =>
        DateOnly.TryParseExact(
            texte?.Trim(),
            FormatsDate,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out valeur
        );

    /// <summary>
    /// Le message d'une date refusée : « Le 31/02/2026 n'existe pas. » quand la forme est celle d'une date mais que
    /// le jour n'existe pas au calendrier, « « abc » n'est pas une date (jj/mm/aaaa). » sinon ; null si la date est
    /// lisible.
    /// </summary>
    public static string? ErreurDate(string? texte)
    {
        if (Date(texte, out _))
            return null;
        var t = texte?.Trim() ?? "";
        int[]? parties =
            t.Split('/') is [var j, var m, var a] ? Chiffres(j, m, a)
            : t.Split('-') is [var an, var mo, var jo] ? Chiffres(jo, mo, an)
            : null;
        return parties is [var jour, var mois, var annee] && annee.ToString(CultureInfo.InvariantCulture).Length <= 4
            ? $"Le {jour:00}/{mois:00}/{annee:0000} n'existe pas."
            : MessagesSaisie.PasUneDate(t);
    }

    /// <summary>Une année entière entre <paramref name="minimum"/> et <paramref name="maximum"/> ; sinon le message
    /// qui le dit (lettres : « « abc » n'est pas une année. »).</summary>
    public static string? ErreurAnnee(
        string? texte,
        out int annee,
        int minimum = AnneeMinimum,
        int maximum = AnneeMaximum
    )
    {
        if (!Entier(texte, out annee))
            return MessagesSaisie.PasUneAnnee(texte);
        return annee < minimum || annee > maximum ? MessagesSaisie.AnneeHorsBornes(annee, minimum, maximum) : null;
    }

    /// <summary>Jour, mois, année écrits en chiffres seulement (une date de forme lisible) ; null sinon.</summary>
    private static int[]? Chiffres(string jour, string mois, string annee)
    {
        string[] textes = [jour, mois, annee];
        if (textes.Any(x => x.Length is 0 or > 4 || !x.All(char.IsAsciiDigit)) || jour.Length > 2 || mois.Length > 2)
            return null;
        return [.. textes.Select(x => int.Parse(x, CultureInfo.InvariantCulture))];
    }

    /// <summary>
    /// Texte sans espaces (y compris insécables, séparateurs de milliers à la française) ; null si vide.
    /// </summary>
    private static string? Nettoyer(string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return null;
        return string.Concat(texte.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0'));
    }
}
