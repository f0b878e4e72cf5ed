namespace Pilotis.Domain.Production;

/// <summary>
/// Codes d'échange (imports CSV, API) et libellés français. Un seul endroit : docs/formats/operations.md
/// est vérifié contre ces tables par un test.
/// </summary>
public static class CodesProduction
{
    public static IReadOnlyList<(NatureOperation Nature, string Code, string Libelle)> Natures { get; } =
    [
        (NatureOperation.Neuf, "NEUF", "Construction neuve"),
        (NatureOperation.Vefa, "VEFA", "Vente en l'état futur d'achèvement (VEFA)"),
        (NatureOperation.AcquisitionAmelioration, "ACQUISITION_AMELIORATION", "Acquisition-amélioration"),
        (NatureOperation.AcquisitionSansTravaux, "ACQUISITION_SANS_TRAVAUX", "Acquisition sans travaux"),
        (NatureOperation.DemolitionReconstruction, "DEMOLITION_RECONSTRUCTION", "Démolition-reconstruction"),
        (NatureOperation.UsufruitLocatifSocial, "USUFRUIT_LOCATIF_SOCIAL", "Usufruit locatif social"),
    ];

    public static IReadOnlyList<(Produit Produit, string Code, string Libelle)> Produits { get; } =
    [
        (Produit.Plai, "PLAI", "PLAI"),
        (Produit.PlaiAdapte, "PLAI_ADAPTE", "PLAI adapté"),
        (Produit.Plus, "PLUS", "PLUS"),
        (Produit.Pls, "PLS", "PLS"),
        (Produit.Psla, "PSLA", "PSLA"),
        (Produit.Brs, "BRS", "BRS"),
    ];

    public static string Code(this NatureOperation nature) => Natures.First(n => n.Nature == nature).Code;

    public static string Libelle(this NatureOperation nature) => Natures.First(n => n.Nature == nature).Libelle;

    public static string Code(this Produit produit) => Produits.First(p => p.Produit == produit).Code;

    public static string Libelle(this Produit produit) => Produits.First(p => p.Produit == produit).Libelle;

    /// <summary>Accession sociale : pas de loyer ni de plafond locatif.</summary>
    public static bool EstAccession(this Produit produit) => produit is Produit.Psla or Produit.Brs;

    public static bool TryNature(string? code, out NatureOperation nature)
    {
        foreach (var n in Natures)
        {
            if (string.Equals(n.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                nature = n.Nature;
                return true;
            }
        }
        nature = default;
        return false;
    }

    public static bool TryProduit(string? code, out Produit produit)
    {
        var normalise = code?.Trim().Replace(' ', '_').Replace('-', '_');
        foreach (var p in Produits)
        {
            if (string.Equals(p.Code, normalise, StringComparison.OrdinalIgnoreCase))
            {
                produit = p.Produit;
                return true;
            }
        }
        produit = default;
        return false;
    }
}
