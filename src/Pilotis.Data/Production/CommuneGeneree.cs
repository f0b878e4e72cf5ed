using Pilotis.Domain.Production;

namespace Pilotis.Data.Production;

/// <summary>Une commune réelle et son poids (population INSEE) pour placer les opérations fictives.</summary>
public sealed record CommuneGeneree(
    string Code,
    string? EpciSiren,
    string DepartementCode,
    string RegionCode,
    int Population
);
