namespace Pilotis.Domain.Attribution;

/// <summary>
/// Les chiffres du tableau des objectifs d'attribution (CCH L441-1) : les trois objectifs, et le contingent du préfet
/// montré à part.
/// </summary>
public enum IndicateurAttribution
{
    /// <summary>Baux signés hors QPV au premier quartile ou aux relogés du renouvellement urbain (≥ 25 %).</summary>
    HorsQpvPremierQuartile = 0,

    /// <summary>Attributions en QPV aux demandeurs des trois autres quartiles (≥ 50 %, la CIA peut l'adapter).
    /// </summary>
    EnQpvAutresQuartiles = 1,

    /// <summary>Attributions des réservataires (hors préfet) et du bailleur aux ménages DALO ou prioritaires (≥ 25 %).
    /// </summary>
    DaloOuPrioritaires = 2,

    /// <summary>Contingent du préfet : tout entier aux publics prioritaires ; montré à part.</summary>
    Prefet = 3,
}
