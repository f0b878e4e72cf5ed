namespace Pilotis.Web.Api;

/// <summary>Réponse de GET /api/v1/operations/{id}/equilibre : ses scénarios, loi actuelle d'abord.</summary>
public sealed record ReponseEquilibre(
    int OperationId,
    string Numero,
    string Nom,
    DateOnly DateParametres,
    IReadOnlyList<ScenarioEquilibreApi> Scenarios
);
