namespace Pilotis.Data.Foncier;

/// <summary>
/// Ce que la lecture d'une ligne de sites doit connaître : le lieu des communes actuelles, les EPF par SIREN, et les
/// communes que l'acteur peut importer (null : toutes).
/// </summary>
public sealed record ContexteImport(
    Dictionary<string, LieuCommune> Lieux,
    Dictionary<string, int> EpfParSiren,
    Func<LieuCommune, bool>? Autorisee
);
