using System.Globalization;

namespace Pilotis.Domain.Demande;

public static class Geographies
{
    /// <summary>Slugs as the public API spells them.</summary>
    public static readonly IReadOnlyDictionary<string, GeographiePlafonds> ParCode = new Dictionary<
        string,
        GeographiePlafonds
    >(StringComparer.Ordinal)
    {
        ["paris"] = GeographiePlafonds.Paris,
        ["ile-de-france"] = GeographiePlafonds.IleDeFrance,
        ["autres-regions"] = GeographiePlafonds.AutresRegions,
    };

    public static string Code(this GeographiePlafonds geographie) =>
        geographie switch
        {
            GeographiePlafonds.Paris => "paris",
            GeographiePlafonds.IleDeFrance => "ile-de-france",
            _ => "autres-regions",
        };

    /// <summary>PLAI, PLUS, PLS as written in French texts and in the API.</summary>
    public static string Code(this ProduitLogement produit) => produit.ToString().ToUpperInvariant();
}
