using System.Text;

namespace Pilotis.Domain.Sru;

/// <summary>One recorded step of the procedure (the audit trail of the carence).</summary>
public sealed record EtapeCarence(
    ActionCarence Action,
    ActeurCarence Acteur,
    DateOnly Date,
    EtatCarence Depuis,
    EtatCarence Vers,
    decimal? Coefficient,
    bool? AvisFavorable,
    string? Motif
);
