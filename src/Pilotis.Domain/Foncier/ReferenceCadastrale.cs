using System.Text.RegularExpressions;

namespace Pilotis.Domain.Foncier;

/// <summary>
/// Une parcelle cadastrale : code INSEE de la commune, préfixe (3 chiffres, « 000 » sauf commune absorbée), section
/// (1 ou 2 lettres) et numéro (1 à 4 chiffres). Sa forme canonique est l'identifiant unique de parcelle (IDU) de 14
/// caractères de la DGFiP : commune (5) + préfixe (3) + section sur 2 (complétée par « 0 ») + numéro sur 4.
/// </summary>
public sealed partial record ReferenceCadastrale(string CommuneCode, string Prefixe, string Section, int Numero)
{
    public const string PrefixeParDefaut = "000";
    public const int NumeroMaximum = 9999;

    /// <summary>Séparateurs admis entre plusieurs parcelles d'un même site.</summary>
    public static readonly char[] Separateurs = [',', '|'];

    public string Idu => $"{CommuneCode}{Prefixe}{Section.PadLeft(2, '0')}{Numero:0000}";

    /// <summary>Forme lisible : « AB 0123 », précédée du préfixe quand il n'est pas « 000 ».</summary>
    public string Libelle =>
        Prefixe == PrefixeParDefaut ? $"{Section} {Numero:0000}" : $"{Prefixe} {Section} {Numero:0000}";

    [GeneratedRegex("^(?<prefixe>[0-9]{3})?(?<section>[A-Z]{1,2}|0[A-Z])(?<numero>[0-9]{1,4})$")]
    private static partial Regex FormeCourte();

    [GeneratedRegex("^(?<commune>[0-9][0-9AB][0-9]{3})(?<prefixe>[0-9]{3})(?<section>[0-9A-Z]{2})(?<numero>[0-9]{4})$")]
    private static partial Regex FormeIdu();

    /// <summary>
    /// Lit une parcelle de la commune <paramref name="communeCode"/> : « AB 123 », « 000 AB 0123 » ou l'IDU complet
    /// « 30189000AB0123 » (espaces et casse indifférents). Rend la parcelle, ou le message d'erreur en français.
    /// </summary>
    public static (ReferenceCadastrale? Reference, string? Erreur) Lire(string communeCode, string? texte)
    {
        var brut = (texte ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (brut.Length == 0)
            return (null, "référence cadastrale vide.");
        var idu = FormeIdu().Match(brut);
        if (idu.Success)
        {
            if (idu.Groups["commune"].Value != communeCode)
                return (
                    null,
                    $"la parcelle « {Francais.Extrait(texte)} » est sur la commune {idu.Groups["commune"].Value}, "
                        + $"pas sur la commune du site ({communeCode})."
                );
            return Construire(communeCode, idu.Groups["prefixe"].Value, idu.Groups["section"].Value, idu, texte);
        }
        var courte = FormeCourte().Match(brut);
        if (!courte.Success)
            return (
                null,
                $"« {Francais.Extrait(texte)} » n'est pas une référence cadastrale (section de 1 ou 2 lettres puis "
                    + "numéro de 1 à 4 chiffres, précédés au besoin du préfixe à 3 chiffres : AB 123, 000 AB 0123)."
            );
        var prefixe = courte.Groups["prefixe"].Success ? courte.Groups["prefixe"].Value : PrefixeParDefaut;
        return Construire(communeCode, prefixe, courte.Groups["section"].Value, courte, texte);
    }

    private static (ReferenceCadastrale?, string?) Construire(
        string commune,
        string prefixe,
        string section,
        Match m,
        string? texte
    )
    {
        var s = section.TrimStart('0');
        if (s.Length == 0 || !s.All(char.IsAsciiLetterUpper))
            return (null, $"« {Francais.Extrait(texte)} » : la section doit compter 1 ou 2 lettres.");
        var numero = int.Parse(m.Groups["numero"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (numero == 0)
            return (null, $"« {Francais.Extrait(texte)} » : le numéro de parcelle commence à 1.");
        return (new ReferenceCadastrale(commune, prefixe, s, numero), null);
    }

    /// <summary>La forme lisible d'un IDU enregistré (« AB 0123 ») ; l'IDU tel quel s'il est illisible.</summary>
    public static string LibelleIdu(string idu) =>
        idu?.Length == 14 && Lire(idu[..5], idu).Reference is ReferenceCadastrale r ? r.Libelle : idu ?? "";

    /// <summary>
    /// Lit les parcelles d'un site, séparées par « , » ou « | ». Rend leurs IDU (sans doublon, dans l'ordre) ou les
    /// erreurs.
    /// </summary>
    public static (List<ReferenceCadastrale> References, List<string> Erreurs) LireListe(
        string communeCode,
        string? texte
    )
    {
        var references = new List<ReferenceCadastrale>();
        var erreurs = new List<string>();
        var morceaux = (texte ?? "").Split(
            Separateurs,
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        if (morceaux.Length == 0)
            erreurs.Add("au moins une parcelle cadastrale est attendue (ex. AB 123).");
        foreach (var morceau in morceaux)
        {
            var (reference, erreur) = Lire(communeCode, morceau);
            if (erreur is not null)
                erreurs.Add(erreur);
            else if (!references.Contains(reference!))
                references.Add(reference!);
        }
        return (references, erreurs);
    }
}
