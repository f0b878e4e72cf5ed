using System.Globalization;

namespace Pilotis.Domain.Demande.Cotation;

/// <summary>
/// Ce que la cotation lit d'une demande : seulement les colonnes utiles, pour coter en masse depuis une projection
/// (sans charger les communes souhaitées ni les membres) comme depuis une demande complète.
/// </summary>
public readonly record struct DonneesCotation(
    bool Dalo,
    CriteresPrioritaires CriteresPrioritaires,
    MotifsDemande Motifs,
    SituationLogement SituationLogement,
    DateOnly DateDepot,
    decimal RessourcesParUc,
    string? CommuneResidenceCode,
    string? CommuneTravailCode,
    bool Handicap,
    bool Mutation
)
{
    public static DonneesCotation De(DemandeLogement d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Dalo,
            d.CriteresPrioritaires,
            d.Motifs,
            d.SituationLogement,
            d.DateDepot,
            d.RessourcesParUc,
            d.CommuneResidenceCode,
            d.CommuneTravailCode,
            d.Handicap,
            d.Mutation
        );
    }
}
