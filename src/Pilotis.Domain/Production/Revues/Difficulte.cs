using System.Linq.Expressions;

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

    /// <summary>Ouverte : pas encore résolue. L'expression sert aux requêtes, la propriété au code.</summary>
    public static readonly Expression<Func<Difficulte, bool>> EstOuverte = d => d.ResolueLe == null;

    private static readonly Func<Difficulte, bool> _ouverte = EstOuverte.Compile();

    public bool Ouverte => _ouverte(this);
    public bool Escaladee => EscaladeeLe is not null;
}
