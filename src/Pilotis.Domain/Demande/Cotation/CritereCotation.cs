namespace Pilotis.Domain.Demande.Cotation;

/// <summary>Un critère de la grille : sa nature, son paramètre éventuel, ses points et, pour l'ancienneté, son
/// plafond.</summary>
public sealed record CritereCotation(TypeCritere Type, int Parametre, decimal Points, decimal? Plafond, string Libelle);
