using System.Text;

namespace Pilotis.Domain.Sru;

/// <summary>
/// One allowed transition: from, action, to, who, and what it checks (null = nothing beyond the
/// common checks: allowed actor, date not before the previous step).
/// </summary>
public sealed record TransitionCarence(
    EtatCarence Depuis,
    ActionCarence Action,
    EtatCarence Vers,
    ActeurCarence Acteur,
    string Libelle,
    string Controles,
    Func<ProcedureCarence, DemandeTransitionCarence, ParametresSru, string?>? Verifier
);
