namespace Pilotis.Web.Features.Foncier;

/// <summary>Un site sur la carte (sérialisé pour le script de la carte).</summary>
public sealed record PointCarte(
    int Id,
    string Nom,
    string Commune,
    string Statut,
    string CodeStatut,
    int? Capacite,
    decimal Longitude,
    decimal Latitude,
    string? Geometrie
);
