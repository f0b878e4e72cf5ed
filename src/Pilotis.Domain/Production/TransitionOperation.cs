using System.Text;

namespace Pilotis.Domain.Production;

/// <summary>
/// Une transition permise : depuis quels statuts, vers quel statut (null = statut inchangé, simple événement daté), par
/// qui, avec quels contrôles.
/// </summary>
public sealed record TransitionOperation(
    IReadOnlyList<StatutOperation> Depuis,
    ActionOperation Action,
    StatutOperation? Vers,
    ActeurOperation Acteur,
    string Libelle,
    string Controles,
    Func<Operation, DemandeTransitionOperation, ContexteTransitionOperation, string?>? Verifier,
    Action<Operation, DemandeTransitionOperation>? Effet = null
);
