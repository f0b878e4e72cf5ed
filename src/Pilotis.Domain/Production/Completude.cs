namespace Pilotis.Domain.Production;

/// <summary>Complétude d'un dossier au regard de la liste de dépôt, calculée à la volée.</summary>
public sealed record Completude(IReadOnlyList<ElementCompletude> Elements)
{
    public IEnumerable<ElementCompletude> Obligatoires => Elements.Where(e => e.Exigence.Obligatoire);
    public IEnumerable<ElementCompletude> Manquants => Obligatoires.Where(e => !e.Satisfaite);
    public bool Complet => !Manquants.Any();

    /// <summary>Part des éléments obligatoires satisfaits (1 quand il n'y en a aucun).</summary>
    public decimal Taux
    {
        get
        {
            var total = Obligatoires.Count();
            return total == 0
                ? 1m
                : Math.Round((decimal)Obligatoires.Count(e => e.Satisfaite) / total, 4, MidpointRounding.AwayFromZero);
        }
    }

    /// <param name="piecesDeposees">Codes des pièces dont au moins une version est déposée.</param>
    public static Completude Calculer(
        Operation operation,
        IEnumerable<ExigenceDepot> exigences,
        IReadOnlySet<string> piecesDeposees
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        var produits = operation.Lots.Select(l => l.Produit).ToList();
        var elements = exigences
            .Where(e => e.SAppliqueA(operation.Nature, produits))
            .OrderBy(e => e.Ordre)
            .Select(e => new ElementCompletude(
                e,
                e.Genre == GenreExigence.Document
                    ? piecesDeposees.Contains(e.Code)
                    : ChampsDossier.Tous.FirstOrDefault(c => c.Code == e.Code).Renseigne?.Invoke(operation) ?? false
            ))
            .ToList();
        return new Completude(elements);
    }
}
