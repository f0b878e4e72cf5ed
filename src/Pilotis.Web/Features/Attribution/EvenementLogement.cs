namespace Pilotis.Web.Features.Attribution;

/// <summary>Un événement de l'historique d'un logement : une disponibilité ou un bail.</summary>
public sealed record EvenementLogement(DateOnly Date, string Nature, string Detail);
