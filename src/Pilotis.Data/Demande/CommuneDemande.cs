using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>Ce qu'il faut savoir d'une commune pour une demande : son nom, son EPCI, son département, sa
/// région.</summary>
public sealed record CommuneDemande(
    string Code,
    string Nom,
    string? EpciSiren,
    string DepartementCode,
    string RegionCode
);
