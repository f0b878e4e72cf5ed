namespace Pilotis.Domain.Attribution;

/// <summary>
/// La proposition d'orientation d'un logement : le titulaire retenu (réservataire, ou null pour le bailleur), son
/// contingent, les soldes de chacun (données structurées) et l'explication en une phrase française.
/// </summary>
public sealed record PropositionOrientation(
    int? ReservataireId,
    Contingent Contingent,
    IReadOnlyList<SoldeOrientation> Soldes,
    string Explication
);
