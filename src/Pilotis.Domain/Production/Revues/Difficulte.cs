namespace Pilotis.Domain.Production.Revues;

/// <summary>Une difficulté signalée sur une opération, suivie de revue en revue jusqu'à sa résolution.</summary>
public sealed class Difficulte
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required CategorieBlocage Categorie { get; set; }
    public required string Description { get; set; }
    public DateOnly SignaleeLe { get; set; }
    public required string SignaleePar { get; set; }

    /// <summary>Remontée au préfet (blocage que les services ne peuvent lever seuls).</summary>
    public DateOnly? EscaladeeLe { get; set; }
    public DateOnly? ResolueLe { get; set; }
    public string? Resolution { get; set; }
    public List<SuiviDifficulte> Suivis { get; set; } = [];
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public bool Ouverte => ResolueLe is null;
    public bool Escaladee => EscaladeeLe is not null;
}
