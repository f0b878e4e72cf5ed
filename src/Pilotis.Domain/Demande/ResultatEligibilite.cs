namespace Pilotis.Domain.Demande;

/// <summary>Result per product; products without a ceiling row are listed as not computable.</summary>
public sealed record ResultatEligibilite(
    CategorieMenage Categorie,
    IReadOnlyList<EligibiliteProduit> Produits,
    IReadOnlyList<ProduitLogement> NonCalculables
);
