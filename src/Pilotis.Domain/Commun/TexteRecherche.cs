using System.Globalization;
using System.Text;

namespace Pilotis.Domain.Commun;

/// <summary>
/// Normalisation commune à l'indexation et à la saisie : « Saint-Hippolyte-du-Fort » et « st hippolyte du fort » se
/// retrouvent.
/// </summary>
public static class TexteRecherche
{
    public static string Normaliser(string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return string.Empty;
        var decompose = texte.Normalize(NormalizationForm.FormD);
        var sortie = new StringBuilder(decompose.Length);
        var espace = false;
        foreach (var c in decompose)
        {
            var categorie = CharUnicodeInfo.GetUnicodeCategory(c);
            if (categorie == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (espace && sortie.Length > 0)
                    sortie.Append(' ');
                espace = false;
                sortie.Append(
                    char.ToLowerInvariant(
                        c switch
                        {
                            'œ' or 'Œ' => 'o',
                            'æ' or 'Æ' => 'a',
                            _ => c,
                        }
                    )
                );
                if (c is 'œ' or 'Œ')
                    sortie.Append('e');
                if (c is 'æ' or 'Æ')
                    sortie.Append('e');
            }
            else
            {
                espace = true;
            }
        }
        return sortie.ToString();
    }

    /// <summary>Saisie utilisateur → motif de recherche : « st » et « ste » valent « saint » et « sainte ».</summary>
    public static string NormaliserSaisie(string? saisie)
    {
        var mots = Normaliser(saisie)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(m =>
                m switch
                {
                    "st" => "saint",
                    "ste" => "sainte",
                    _ => m,
                }
            );
        return string.Join(' ', mots);
    }

    public static bool EstCodeInsee(string saisie) =>
        saisie.Length is >= 2 and <= 5 && saisie.All(c => char.IsDigit(c) || c is 'A' or 'B' or 'a' or 'b');
}
