namespace Pilotis.Web.Api;

/// <summary>Réponse de <c>GET /api/v1/aides</c> : le total, la page d'aides par pertinence, et la pagination.</summary>
public sealed record ReponseAides(int Total, IReadOnlyList<AidePubliee> Items, int Page, int Taille, int Pages);
