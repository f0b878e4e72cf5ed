namespace Pilotis.Domain.Financement;

/// <summary>
/// Un mot (ou une expression reconnue dans les synonymes) de la requête : l'aide doit porter l'une des alternatives ;
/// une alternative est une suite de racines toutes présentes dans l'aide (« pret locat aid integr » pour PLAI).
/// </summary>
public sealed record ClauseRecherche(IReadOnlyList<IReadOnlyList<string>> Alternatives);
