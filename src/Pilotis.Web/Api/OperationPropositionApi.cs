namespace Pilotis.Web.Api;

/// <summary>Une opération programmée et son équilibre sous chaque scénario.</summary>
public sealed record OperationPropositionApi(
    int Id,
    string Numero,
    string Nom,
    string CommuneCode,
    int Logements,
    IReadOnlyList<EquilibreScenarioApi> Scenarios
);
