namespace Pilotis.Web.Api;

/// <summary>Un site de l'observatoire foncier dans l'API (<c>GET /api/v1/foncier/sites</c>).</summary>
public sealed record SiteFoncierPublie(
    int Id,
    string Identifiant,
    string Nom,
    string CommuneCode,
    IReadOnlyList<string> Parcelles,
    int SurfaceM2,
    string ZonePlu,
    string Proprietaire,
    IReadOnlyList<string> Contraintes,
    int? CapaciteEstimee,
    string Statut,
    DateOnly DateStatut,
    int? OperationId,
    decimal? Longitude,
    decimal? Latitude,
    string? Geometrie
);
