namespace Pilotis.Domain.Production;

/// <summary>Un événement de la frise de l'opération : qui, quand, quoi.</summary>
public sealed class EvenementOperation
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public DateTimeOffset Quand { get; set; }
    public required TypeEvenement Type { get; set; }
    public required string Libelle { get; set; }
    public string? Detail { get; set; }
    public required string Auteur { get; set; }
}
