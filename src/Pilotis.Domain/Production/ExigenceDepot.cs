namespace Pilotis.Domain.Production;

/// <summary>
/// Une ligne de la liste de dépôt d'un département (seed 000, question 3 : une même liste de pièces par
/// produit et nature pour tous les instructeurs). Configurable par la DDTM ; les listes vides = tous.
/// </summary>
public sealed class ExigenceDepot
{
    public int Id { get; set; }
    public required string DepartementCode { get; set; }

    /// <summary>
    /// Pour un champ : un code de <see cref="ChampsDossier"/> ; pour un document : le code de la pièce.
    /// </summary>
    public required string Code { get; set; }
    public required string Libelle { get; set; }
    public required GenreExigence Genre { get; set; }

    /// <summary>Codes de nature séparés par des virgules (vide = toutes les natures).</summary>
    public string Natures { get; set; } = "";

    /// <summary>
    /// Codes de produit séparés par des virgules (vide = tous) ; l'exigence vaut si l'un des lots en relève.
    /// </summary>
    public string Produits { get; set; } = "";
    public bool Obligatoire { get; set; } = true;
    public int Ordre { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public bool SAppliqueA(NatureOperation nature, IEnumerable<Produit> produits)
    {
        var natures = Liste(Natures);
        if (natures.Count > 0 && !natures.Contains(nature.Code()))
            return false;
        var attendus = Liste(Produits);
        return attendus.Count == 0 || produits.Any(p => attendus.Contains(p.Code()));
    }

    public static HashSet<string> Liste(string codes) =>
        codes
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
