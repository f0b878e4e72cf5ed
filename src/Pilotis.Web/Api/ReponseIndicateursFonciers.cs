namespace Pilotis.Web.Api;

/// <summary>Les indicateurs de l'observatoire d'un EPCI sur une période (<c>GET /api/v1/foncier/indicateurs</c>).
/// </summary>
public sealed record ReponseIndicateursFonciers(
    string Epci,
    DateOnly Debut,
    DateOnly Fin,
    int Sites,
    int LogementsPotentiels,
    int SitesEnOperation,
    int LogementsEnOperation,
    int SitesConstruits,
    int LogementsConstruits,
    int SitesSansCapacite,
    int AlertesPortage
);
