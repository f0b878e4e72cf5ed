namespace Pilotis.Data.Financement;

/// <summary>Une page de l'API d'aides-territoires : <c>{"count","next","previous","results":[…]}</c>.</summary>
public sealed class PageAidesTerritoires
{
    public int? Count { get; set; }
    public string? Next { get; set; }
    public string? Previous { get; set; }
    public List<AideTerritoiresJson>? Results { get; set; }
}
