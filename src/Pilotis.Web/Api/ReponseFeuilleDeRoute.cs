namespace Pilotis.Web.Api;

/// <summary>Réponse de GET /api/v1/feuille-de-route (ticket 14, contrat public).</summary>
public sealed record ReponseFeuilleDeRoute(
    int Annee,
    string Departement,
    IReadOnlyList<SolutionFeuilleDeRoutePubliee> Solutions
);
