using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Api;

/// <summary>
/// Réponse de GET /api/v1/statistiques/attributions/quotas : les objectifs d'attribution de CCH L441-1 d'un EPCI pour
/// une année, sans donnée personnelle. <see cref="SeuilPremierQuartile"/> est null quand aucun seuil n'existe pour
/// l'EPCI (aucun ménage n'est alors compté au premier quartile, docs/adr/0015).
/// </summary>
public sealed record ReponseQuotasAttribution(
    int Annee,
    string Epci,
    int BauxHorsQpv,
    int BauxHorsQpvPremierQuartile,
    double PartHorsQpvPremierQuartile,
    int AttributionsEnQpv,
    int AttributionsEnQpvAutresQuartiles,
    double PartEnQpvAutresQuartiles,
    int AttributionsReservataires,
    int AttributionsDaloOuPrioritaires,
    double PartDaloOuPrioritaires,
    int AttributionsPrefet,
    int AttributionsPrefetDaloOuPrioritaires,
    decimal? SeuilPremierQuartile,
    bool SeuilPremierQuartileOfficiel
)
{
    public static ReponseQuotasAttribution Depuis(
        int annee,
        string epci,
        ResultatQuotas r,
        decimal? seuil,
        bool officiel
    )
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            annee,
            epci,
            r.BauxHorsQpv,
            r.BauxHorsQpvPremierQuartile,
            r.PartHorsQpvPremierQuartile,
            r.AttributionsEnQpv,
            r.AttributionsEnQpvAutresQuartiles,
            r.PartEnQpvAutresQuartiles,
            r.AttributionsReservataires,
            r.AttributionsDaloOuPrioritaires,
            r.PartDaloOuPrioritaires,
            r.AttributionsPrefet,
            r.AttributionsPrefetDaloOuPrioritaires,
            seuil,
            officiel
        );
    }
}
