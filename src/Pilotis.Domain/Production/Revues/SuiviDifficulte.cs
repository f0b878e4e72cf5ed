namespace Pilotis.Domain.Production.Revues;

/// <summary>
/// Décision ou action prise sur une difficulté, en revue ou entre deux revues : qui fait quoi, pour quand.
/// </summary>
public sealed class SuiviDifficulte
{
    public int Id { get; set; }
    public int DifficulteId { get; set; }
    public int? RevueProjetsId { get; set; }
    public required string Decision { get; set; }
    public string? Action { get; set; }
    public string? Responsable { get; set; }
    public DateOnly? Echeance { get; set; }
    public bool Faite { get; set; }
    public DateTimeOffset CreeLe { get; set; }
    public required string Auteur { get; set; }
}
