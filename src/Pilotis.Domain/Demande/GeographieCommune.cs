namespace Pilotis.Domain.Demande;

/// <summary>Géographie du barème des plafonds pour une commune (arrêté du 29 juillet 1987, zones de
/// plafonds).</summary>
public static class GeographieCommune
{
    /// <summary>
    /// Communes limitrophes de Paris (barème « Paris et communes limitrophes »). Liste des 22 communes qui touchent
    /// Paris hors bois de Boulogne et de Vincennes ; les communes riveraines des seuls bois sont classées
    /// « Île-de-France » faute de source vérifiée ici (à confirmer sur l'arrêté en vigueur).
    /// </summary>
    public static readonly IReadOnlySet<string> LimitrophesParis = new HashSet<string>(StringComparer.Ordinal)
    {
        "92012",
        "92024",
        "92040",
        "92044",
        "92046",
        "92049",
        "92051",
        "92075",
        "93001",
        "93006",
        "93045",
        "93048",
        "93055",
        "93061",
        "93066",
        "93070",
        "94018",
        "94037",
        "94041",
        "94043",
        "94067",
        "94080",
    };

    public static GeographiePlafonds De(string? communeCode, string? regionCode)
    {
        if (
            communeCode is not null
            && (
                communeCode == "75056"
                || communeCode.StartsWith("751", StringComparison.Ordinal)
                || LimitrophesParis.Contains(communeCode)
            )
        )
        {
            return GeographiePlafonds.Paris;
        }
        return regionCode == "11" ? GeographiePlafonds.IleDeFrance : GeographiePlafonds.AutresRegions;
    }
}
