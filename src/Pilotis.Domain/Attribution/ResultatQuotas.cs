namespace Pilotis.Domain.Attribution;

/// <summary>
/// Les trois objectifs d'attribution de CCH L441-1 pour un EPCI et une année : chaque part est son numérateur sur son
/// dénominateur, entre 0 et 1, et 0 quand le dénominateur est nul. Le contingent du préfet est compté à part (il va
/// tout entier aux publics prioritaires).
/// </summary>
public sealed record ResultatQuotas(
    int BauxHorsQpv,
    int BauxHorsQpvPremierQuartile,
    int AttributionsEnQpv,
    int AttributionsEnQpvAutresQuartiles,
    int AttributionsReservataires,
    int AttributionsDaloOuPrioritaires,
    int AttributionsPrefet,
    int AttributionsPrefetDaloOuPrioritaires
)
{
    public double PartHorsQpvPremierQuartile => QuotasAttribution.Part(BauxHorsQpvPremierQuartile, BauxHorsQpv);

    public double PartEnQpvAutresQuartiles =>
        QuotasAttribution.Part(AttributionsEnQpvAutresQuartiles, AttributionsEnQpv);

    public double PartDaloOuPrioritaires =>
        QuotasAttribution.Part(AttributionsDaloOuPrioritaires, AttributionsReservataires);

    public int Numerateur(IndicateurAttribution indicateur) =>
        indicateur switch
        {
            IndicateurAttribution.HorsQpvPremierQuartile => BauxHorsQpvPremierQuartile,
            IndicateurAttribution.EnQpvAutresQuartiles => AttributionsEnQpvAutresQuartiles,
            IndicateurAttribution.DaloOuPrioritaires => AttributionsDaloOuPrioritaires,
            _ => AttributionsPrefetDaloOuPrioritaires,
        };

    public int Denominateur(IndicateurAttribution indicateur) =>
        indicateur switch
        {
            IndicateurAttribution.HorsQpvPremierQuartile => BauxHorsQpv,
            IndicateurAttribution.EnQpvAutresQuartiles => AttributionsEnQpv,
            IndicateurAttribution.DaloOuPrioritaires => AttributionsReservataires,
            _ => AttributionsPrefet,
        };
}
