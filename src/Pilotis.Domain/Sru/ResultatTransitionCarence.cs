using System.Text;

namespace Pilotis.Domain.Sru;

/// <summary>
/// Outcome of <see cref="ProcedureCarence.Appliquer"/>: the new procedure, or the unchanged one and a French reason.
/// </summary>
public sealed record ResultatTransitionCarence(ProcedureCarence Procedure, string? Erreur)
{
    public bool Reussie => Erreur is null;
}
