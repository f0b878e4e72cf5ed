using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Un groupe de logements à attribuer d'une année : bailleur, département, titulaire de l'orientation (null : bailleur
/// ou pas encore orienté), typologie, financement, QPV, commune, EPCI, mois de disponibilité, dans le flux ou non,
/// orienté ou non, attribué (bail signé) ou non, et leur nombre.
/// </summary>
public sealed record LigneFluxAgregee(
    int BailleurId,
    string? DepartementCode,
    int? ReservataireId,
    Contingent? Contingent,
    bool DansLeFlux,
    bool Oriente,
    bool Attribue,
    TypologieLogement Typologie,
    FinancementOrigine Financement,
    bool EnQpv,
    string CommuneCode,
    string? EpciSiren,
    int Mois,
    int Nombre
);
