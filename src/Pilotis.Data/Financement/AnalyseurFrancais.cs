using System.Collections.Concurrent;
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

    /// <summary>
    /// La racine de chaque mot déjà vu (null : mot vide ou trop court). Le vocabulaire d'un catalogue est petit et ses
    /// mots reviennent dans chaque aide : l'import de 10 000 aides passait l'essentiel de son temps à plier et
    /// raciner les mêmes mots (dotnet-trace, 7 décembre). Vidé au-delà de <see cref="MotsGardes"/> mots.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string?> RacineDuMot = new(StringComparer.Ordinal);

    public const int MotsGardes = 200_000;

    /// <summary>Les racines du texte, dans l'ordre, mots vides retirés.</summary>
    public static IReadOnlyList<string> Racines(string? texte)
    {
        var racines = new List<string>();
        if (string.IsNullOrWhiteSpace(texte))
            return racines;
        foreach (var mot in Mots(texte))
        {
            if (!RacineDuMot.TryGetValue(mot, out var racine))
            {
                racine = RacineDe(mot);
                if (RacineDuMot.Count >= MotsGardes)
                    RacineDuMot.Clear();
                RacineDuMot[mot] = racine;
            }
            if (racine is not null)
                racines.Add(racine);
        }
        return racines;
    }

    private static string? RacineDe(string mot)
    {
        if (FrenchAnalyzer.DefaultStopSet.Contains(mot))
            return null;
        var plie = Plier(mot);
        if (plie.Length == 0 || (plie.Length < 2 && !char.IsDigit(plie[0])))
            return null;
        return Racine(plie);
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
        var minuscules = texte.ToLowerInvariant();
        // Un texte ASCII n'a ni accent ni ligature : les deux normalisations Unicode n'y changent rien.
        if (Ascii.IsValid(minuscules))
            return minuscules;
        var d = minuscules.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            _ = c switch
            {
                'œ' => b.Append("oe"),
                'æ' => b.Append("ae"),
                _ => b.Append(c),
            };
        }
        return b.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Les mots en minuscules : suites de lettres ou de chiffres ; l'apostrophe sépare l'élision.</summary>
    private static IEnumerable<string> Mots(string texte)
    {
        var minuscules = texte.ToLowerInvariant();
        var debut = -1;
        for (var i = 0; i <= minuscules.Length; i++)
        {
            var dansMot =
                i < minuscules.Length
                && (
                    char.IsLetterOrDigit(minuscules[i])
                    || CharUnicodeInfo.GetUnicodeCategory(minuscules[i]) == UnicodeCategory.NonSpacingMark
                );
            if (dansMot && debut < 0)
                debut = i;
            else if (!dansMot && debut >= 0)
            {
                yield return minuscules[debut..i];
                debut = -1;
            }
        }
    }
}
