namespace Pilotis.Domain.Demande;

/// <summary>Ceiling of one product and whether the household is under it.</summary>
public sealed record EligibiliteProduit(ProduitLogement Produit, decimal Plafond, bool Eligible, string Source);
