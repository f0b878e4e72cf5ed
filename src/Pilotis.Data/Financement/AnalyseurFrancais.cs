using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Fr;
using FrenchStemmer = Lucene.Net.Tartarus.Snowball.Ext.FrenchStemmer;

namespace Pilotis.Data.Financement;

/// <summary>
/// Réduit un texte français à ses racines pour la recherche d'aides (ADR 0022) : minuscules, élisions (l', d', qu'),
/// mots vides de Lucene (FrenchAnalyzer), accents retirés puis racine Snowball française (Lucene.Net). Le même
/// analyseur sert aux aides et aux requêtes, en C#, quel que soit le moteur de base : SQLite et PostgreSQL rendent
/// donc les mêmes résultats.
/// </summary>
public static class AnalyseurFrancais
{
    private static readonly ThreadLocal<FrenchStemmer> Racineur = new(() => new FrenchStemmer());

    /// <summary>Les racines du texte, dans l'ordre, mots vides retirés.</summary>
    public static IReadOnlyList<string> Racines(string? texte)
    {
        var racines = new List<string>();
        if (string.IsNullOrWhiteSpace(texte))
            return racines;
        foreach (var mot in Mots(texte))
        {
            if (FrenchAnalyzer.DefaultStopSet.Contains(mot))
                continue;
            var plie = Plier(mot);
            if (plie.Length < 2 && !char.IsDigit(plie[0]))
                continue;
            racines.Add(Racine(plie));
        }
        return racines;
    }

    /// <summary>
    /// La racine d'un mot déjà plié. Les sigles de trois lettres au plus (PLS, BRS, LLS) restent entiers ; la racine
    /// en « -ier » perd son « -er » (« foncier » → « fonci », comme « fonciers ») : Snowball sépare « foncier » de
    /// « foncière », la recherche les rejoint.
    /// </summary>
    public static string Racine(string plie)
    {
        ArgumentNullException.ThrowIfNull(plie);
        if (plie.Length <= 3 || plie.Any(char.IsDigit))
            return plie;
        var s = Racineur.Value!;
        s.SetCurrent(plie);
        s.Stem();
        var r = s.Current;
        return r.EndsWith("ier", StringComparison.Ordinal) ? r[..^2] : r;
    }

    /// <summary>Minuscules sans accents ni cédilles (« Foncière » → « fonciere »).</summary>
    public static string Plier(string texte)
    {
        ArgumentNullException.ThrowIfNull(texte);
        var d = texte.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                b.Append(
                    c switch
                    {
                        'œ' => "oe",
                        'æ' => "ae",
                        _ => c.ToString(),
                    }
                );
        }
        return b.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Les mots en minuscules : suites de lettres ou de chiffres ; l'apostrophe sépare l'élision.</summary>
    private static IEnumerable<string> Mots(string texte)
    {
        var b = new StringBuilder();
        foreach (var c in texte.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                b.Append(c);
                continue;
            }
            if (b.Length > 0)
            {
                yield return b.ToString();
                b.Clear();
            }
        }
        if (b.Length > 0)
            yield return b.ToString();
    }
}
