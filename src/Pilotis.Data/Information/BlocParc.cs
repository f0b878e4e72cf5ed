namespace Pilotis.Data.Information;

/// <summary>
/// Le parc social de la commune (répertoire RPLS, CCH L411-10) et les logements libérés et livrés (mis en service)
/// l'année précédente.
/// </summary>
public sealed record BlocParc(int LogementsSociaux, int AnneePrecedente, int LogementsLiberes, int LogementsLivres);
