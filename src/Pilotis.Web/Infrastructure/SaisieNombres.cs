using System.Globalization;

namespace Pilotis.Web.Infrastructure;

/// <summary>Lecture des nombres saisis à la française : espaces de milliers (y compris insécables), virgule décimale, symbole €.</summary>
public static class SaisieNombres
{
    public static decimal? Montant(string? saisie)
    {
        var texte = saisie?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(texte)) return null;
        return decimal.TryParse(texte.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var valeur)
            ? valeur
            : null;
    }
}
