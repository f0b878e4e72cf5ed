namespace Pilotis.Web.Api;

/// <summary>Réponse de GET /api/v1/financement/propositions : synthèse par scénario et liste des opérations.</summary>
public sealed record ReponsePropositions(
    string Departement,
    int? Annee,
    int Operations,
    IReadOnlyList<SynthesePropositionApi> Scenarios,
    IReadOnlyList<OperationPropositionApi> Liste
);
