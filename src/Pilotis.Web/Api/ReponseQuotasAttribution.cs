using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Api;

/// <summary>
/// Réponse de GET /api/v1/statistiques/attributions/quotas : les objectifs d'attribution de CCH L441-1 d'un EPCI pour
/// une année, sans donnée personnelle. <see cref="SeuilPremierQuartile"/> est null quand aucun seuil n'existe pour
/// l'EPCI (aucun ménage n'est alors compté au premier quartile, docs/adr/0015). <see cref="ObjectifEnQpv"/>, ajouté
/// après coup (docs/adr/0016), est l'objectif en QPV appliqué : celui de la CIA de l'EPCI pour l'année, sinon la loi.
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
    bool SeuilPremierQuartileOfficiel,
    decimal ObjectifEnQpv
)
{
    public static ReponseQuotasAttribution Depuis(
        int annee,
        string epci,
        ResultatQuotas r,
        decimal? seuil,
        bool officiel,
        decimal objectifEnQpv
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
            officiel,
            objectifEnQpv
        );
    }
}
