using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>Où en est un EPCI dans la réforme des attributions (seeds 002 et 003) : ses étapes datées, la
/// publication de sa grille de cotation, ses conventions de flux et ses points d'accueil.</summary>
public sealed record AvancementReforme(
    string Siren,
    string Nom,
    IReadOnlyDictionary<TypeEtapeReforme, EtapeReformeEpci> Etapes,
    DateOnly? CotationPublieeLe,
    int? VersionCotation,
    string ConventionsFlux,
    IReadOnlyList<PointAccueil> PointsAccueil
)
{
    public EtapeReformeEpci? Etape(TypeEtapeReforme type) => Etapes.GetValueOrDefault(type);
}
