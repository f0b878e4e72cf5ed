using System.Text;

namespace Pilotis.Domain.Sru;

/// <summary>A request to move the procedure on, as entered by the actor.</summary>
/// <param name="Action">What is done.</param>
/// <param name="Acteur">Who does it.</param>
/// <param name="Date">Legal date of the act (proposal, commission session, arrêté).</param>
public sealed record DemandeTransitionCarence(ActionCarence Action, ActeurCarence Acteur, DateOnly Date)
{
    /// <summary>Levy multiplier of the arrêté (1 to 5).</summary>
    public decimal? Coefficient { get; init; }

    /// <summary>Opinion of the commission.</summary>
    public bool? AvisFavorable { get; init; }

    /// <summary>Reasons (required where the decision must be motivated).</summary>
    public string? Motif { get; init; }
}
