namespace Pilotis.Domain.Demande;

public static class Eligibilite
{
    /// <summary>
    /// A household is eligible to a product when its revenu fiscal de référence (N−2) is at most
    /// the ceiling of its category (CCH R441-1; "at most": RFR = ceiling is eligible).
    /// <paramref name="plafonds"/> are the rows of one year and geography.
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
            if (ligne is null)
            {
                nonCalculables.Add(produit);
                continue;
            }
            var plafond = ligne.Plafond(categorie);
            produits.Add(new EligibiliteProduit(produit, plafond, revenuFiscalReference <= plafond, ligne.Source));
        }
        return new ResultatEligibilite(categorie, produits, nonCalculables);
    }
}
