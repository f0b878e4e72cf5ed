namespace Pilotis.Domain.Financement;

/// <summary>Ce qu'un financeur saisit pour une aide locale (mêmes champs qu'aides-territoires).</summary>
public sealed record SaisieAide
{
    public string? Nom { get; init; }
    public string? TitreCourt { get; init; }
    public IReadOnlyList<string> Financeurs { get; init; } = [];
    public string? Description { get; init; }
    public string? Eligibilite { get; init; }
    public string? Perimetre { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Publics { get; init; } = [];
    public IReadOnlyList<string> TypesAide { get; init; } = [];
    public DateOnly? DateOuverture { get; init; }
    public DateOnly? DateEcheance { get; init; }
    public int? TauxMin { get; init; }
    public int? TauxMax { get; init; }
    public long? MontantPret { get; init; }
    public string? UrlOrigine { get; init; }
    public string? Contact { get; init; }
}
