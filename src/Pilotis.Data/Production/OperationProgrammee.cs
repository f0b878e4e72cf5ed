using Pilotis.Domain.Production;

namespace Pilotis.Data.Production;

/// <summary>
/// Une opération programmée telle que la programmation l'affiche : ses champs utiles, ses logements, son risque.
/// </summary>
public sealed record OperationProgrammee(
    Operation Operation,
    string Commune,
    string Bailleur,
    int Logements,
    RisqueGlissement Risque
);
