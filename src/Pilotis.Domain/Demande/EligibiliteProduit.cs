namespace Pilotis.Domain.Demande;

/// <summary>
/// Ceiling of one product and whether the household is under it. <see cref="Plafond"/> is null when the product's
/// ceiling is not entered but the answer is certain anyway: resources above the ceiling of a product whose ceiling
/// is always higher (PLAI &lt; PLUS &lt; PLS, arrêté du 29 juillet 1987) — then <see cref="Eligible"/> is false.
/// </summary>
public sealed record EligibiliteProduit(ProduitLogement Produit, decimal? Plafond, bool Eligible, string Source);
