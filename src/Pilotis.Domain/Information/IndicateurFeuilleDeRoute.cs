namespace Pilotis.Domain.Information;

/// <summary>
/// Un indicateur de réussite d'une solution de la feuille de route (seed 001, « Indicateurs de réussite ») : son
/// code stable (celui de l'API), son libellé, son unité et la page qui montre les lignes derrière le chiffre.
/// </summary>
public sealed record IndicateurFeuilleDeRoute(string Code, string Libelle, string Unite, string PageDetail);
