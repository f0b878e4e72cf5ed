namespace Pilotis.Domain.Demande;

public static class Eligibilite
{
    /// <summary>
    /// A household is eligible to a product when its resources (the revenu fiscal de référence N−2, or those
    /// retained by <see cref="ChoixRessources"/>) are at most the ceiling of its category (CCH R441-1; "at most":
    /// resources = ceiling is eligible). <paramref name="plafonds"/> are the rows of one year and geography.
    /// A product without a row is « non éligible » when the resources exceed the ceiling of a product whose ceiling
    /// is always higher — a PLAI ceiling is always below the PLUS one of the same geography and category, which is
    /// below the PLS one (arrêté du 29 juillet 1987; DOMAIN §4.1) — and « non calculable » (plafond non renseigné)
    /// otherwise, never a guess.
    /// </summary>
    public static ResultatEligibilite Evaluer(
        decimal revenuFiscalReference,
        CategorieMenage categorie,
        IEnumerable<PlafondsRessources> plafonds
    )
    {
        ArgumentNullException.ThrowIfNull(plafonds);
        ArgumentOutOfRangeException.ThrowIfNegative(revenuFiscalReference);
        var lignes = plafonds.ToArray();
        var produits = new List<EligibiliteProduit>();
        var nonCalculables = new List<ProduitLogement>();
        foreach (var produit in Enum.GetValues<ProduitLogement>())
        {
            var ligne = lignes.FirstOrDefault(l => l.Produit == produit);
            if (ligne is not null)
            {
                var plafond = ligne.Plafond(categorie);
                produits.Add(new EligibiliteProduit(produit, plafond, revenuFiscalReference <= plafond, ligne.Source));
            }
            else if (DepasseUnPlafondSuperieur(produit, revenuFiscalReference, categorie, lignes) is { } superieure)
            {
                produits.Add(
                    new EligibiliteProduit(
                        produit,
                        null,
                        false,
                        $"Plafond {produit.Code()} non renseigné : ressources au-dessus du plafond "
                            + $"{superieure.Produit.Code()} ({Francais.Euros(superieure.Plafond(categorie))}), "
                            + $"toujours supérieur au plafond {produit.Code()} (arrêté du 29 juillet 1987) ; "
                            + superieure.Source
                    )
                );
            }
            else
            {
                nonCalculables.Add(produit);
            }
        }
        return new ResultatEligibilite(categorie, produits, nonCalculables);
    }

    /// <summary>
    /// The row of a product whose ceiling is always higher than <paramref name="produit"/>'s (later in the order
    /// PLAI, PLUS, PLS) and that the resources exceed; null when there is none.
    /// </summary>
    private static PlafondsRessources? DepasseUnPlafondSuperieur(
        ProduitLogement produit,
        decimal ressources,
        CategorieMenage categorie,
        PlafondsRessources[] lignes
    ) => lignes.Where(l => l.Produit > produit).FirstOrDefault(l => ressources > l.Plafond(categorie));
}
