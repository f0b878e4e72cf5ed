using System.Globalization;

namespace Pilotis.Domain.Production;

/// <summary>
/// Instantané d'une opération à l'entrée d'une phase, gardé tel quel (JSON) pour comparer les phases.
/// </summary>
public sealed class InstantaneOperation
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required PhaseOperation Phase { get; set; }
    public DateTimeOffset PrisLe { get; set; }

    /// <summary><see cref="ContenuOperation"/> sérialisé en JSON.</summary>
    public required string Contenu { get; set; }
}
