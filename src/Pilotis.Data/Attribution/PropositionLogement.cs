using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>Un logement en attente et la proposition d'orientation calculée pour lui.</summary>
public sealed record PropositionLogement(LogementEnAttente Logement, PropositionOrientation Proposition);
