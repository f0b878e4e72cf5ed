using System.Globalization;

namespace Pilotis.Domain.Commun;

/// <summary>
/// Lecture tolérante des valeurs saisies ou importées : décimales avec « , » ou « . », espaces de milliers,
/// booléens « oui/non », dates « AAAA-MM-JJ » ou « JJ/MM/AAAA ». Même lecture pour tous les formulaires et tous les
/// imports.
/// </summary>
public static class LectureValeurs
{
    private static readonly string[] FormatsDate = ["yyyy-MM-dd", "dd/MM/yyyy"];

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

    public static bool Date(string? texte, out DateOnly valeur) =>
        DateOnly.TryParseExact(
            texte?.Trim(),
            FormatsDate,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out valeur
        );

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
