namespace Pilotis.Domain.Financement;

/// <summary>
/// Un groupe de synonymes de la recherche (« LLS ; logement social ; logement locatif social ») : chercher l'une des
/// expressions trouve les aides qui portent l'une des autres. Un administrateur de la DDTM les tient à jour.
/// </summary>
public sealed class SynonymeAide
{
    public int Id { get; set; }

    /// <summary>Les expressions, séparées par « ; ».</summary>
    public required string Expressions { get; set; }

    public IReadOnlyList<string> Liste() =>
        Expressions.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
