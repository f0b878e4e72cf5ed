namespace Pilotis.Domain.Demande.Cotation;

public sealed record ScoreExplique(decimal Total, IReadOnlyList<LigneScore> Lignes);
