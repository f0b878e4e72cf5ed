using System.Text;

namespace Pilotis.Data.Financement;

/// <summary>Les slugs des aides (adresse /aides/{slug}) : minuscules ASCII, chiffres et tirets.</summary>
public static class SlugsAides
{
    public const int LongueurMaximum = 300;

    public static bool Valide(string slug) =>
        slug.Length is > 0 and <= LongueurMaximum
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')
        && slug[0] != '-';

    /// <summary>Le slug tiré d'un nom (« Prêt PLAI — Gard » → « pret-plai-gard »).</summary>
    public static string DepuisNom(string nom)
    {
        ArgumentNullException.ThrowIfNull(nom);
        var b = new StringBuilder();
        foreach (var c in AnalyseurFrancais.Plier(nom))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                b.Append(c);
            else if (b.Length > 0 && b[^1] != '-')
                b.Append('-');
        }
        var s = b.ToString().Trim('-');
        return s.Length > 200 ? s[..200].TrimEnd('-') : (s.Length == 0 ? "aide" : s);
    }
}
