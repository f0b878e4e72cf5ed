namespace Pilotis.Domain.Attribution;

/// <summary>Codes d'adresse et libellés des indicateurs d'attribution : une seule table (ADR 0010).</summary>
public static class LibellesIndicateurs
{
    public static readonly IReadOnlyList<(IndicateurAttribution Valeur, string Code, string Libelle)> Table =
    [
        (
            IndicateurAttribution.HorsQpvPremierQuartile,
            "hors-qpv-premier-quartile",
            "Baux hors QPV au premier quartile ou relogés (renouvellement urbain)"
        ),
        (
            IndicateurAttribution.EnQpvAutresQuartiles,
            "en-qpv-autres-quartiles",
            "Attributions en QPV aux trois autres quartiles"
        ),
        (
            IndicateurAttribution.DaloOuPrioritaires,
            "dalo-ou-prioritaires",
            "Attributions des réservataires et du bailleur aux ménages DALO ou prioritaires"
        ),
        (IndicateurAttribution.Prefet, "prefet", "Contingent du préfet aux ménages DALO ou prioritaires"),
    ];

    public static string Code(this IndicateurAttribution indicateur) => Table.First(t => t.Valeur == indicateur).Code;

    public static string Libelle(this IndicateurAttribution indicateur) =>
        Table.First(t => t.Valeur == indicateur).Libelle;

    /// <summary>L'indicateur d'un code d'adresse (casse ignorée) ; null s'il est inconnu.</summary>
    public static IndicateurAttribution? DepuisCode(string? code)
    {
        foreach (var (valeur, texte, _) in Table)
        {
            if (string.Equals(texte, code?.Trim(), StringComparison.OrdinalIgnoreCase))
                return valeur;
        }
        return null;
    }
}
