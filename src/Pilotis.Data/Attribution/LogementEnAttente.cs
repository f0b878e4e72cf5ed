using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Un logement à attribuer déclaré, pas encore orienté, avec ce que l'orientation en lit : typologie, département et
/// EPCI de sa commune, exclusion du flux, réservation restée en stock et son titulaire.
/// </summary>
public sealed record LogementEnAttente(
    int Id,
    string IdentifiantRpls,
    string Adresse,
    string CommuneCode,
    string? DepartementCode,
    string? EpciSiren,
    TypologieLogement Typologie,
    DateOnly DateDisponibilite,
    MotifExclusionFlux Exclusion,
    ReservationNonConvertie Reservation,
    int? ReservataireStockId
);
