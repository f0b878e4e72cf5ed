namespace Pilotis.Domain.Demande.Cotation;

/// <summary>Contexte d'une cotation : la date, le seuil du premier quartile et les communes de l'EPCI de la
/// grille.</summary>
public sealed record ContexteCotation(DateOnly Date, decimal? SeuilPremierQuartile, IReadOnlySet<string> CommunesEpci);
