using Pilotis.Domain.Foncier;

namespace Pilotis.Data.Foncier;

/// <summary>
/// Ce que la lecture d'une ligne d'outils doit connaître : le lieu des communes actuelles, les EPF par SIREN, les
/// sites de l'observatoire par (EPCI, identifiant) avec leur commune, et ce que l'acteur peut modifier (null : tout).
/// </summary>
public sealed record ContexteImportOutils(
    Dictionary<string, LieuCommune> Lieux,
    Dictionary<string, int> EpfParSiren,
    Dictionary<(string? Epci, string Identifiant), (int Id, string CommuneCode)> Sites,
    Func<OutilFoncier, bool>? Autorise
);
