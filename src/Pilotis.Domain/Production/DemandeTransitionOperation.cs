using System.Text;

namespace Pilotis.Domain.Production;

/// <summary>Ce que l'acteur demande : l'action, la date de l'acte, et un motif quand il est exigé.</summary>
public sealed record DemandeTransitionOperation(
    ActionOperation Action,
    ActeurOperation Acteur,
    DateOnly Date,
    string? Motif = null
);
