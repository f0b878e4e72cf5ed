namespace Pilotis.Domain.Information;

/// <summary>
/// Une proposition d'évolution de la réglementation nationale formulée par l'atelier du Gard (seed 001, II) : son axe,
/// son intitulé, ce qu'elle change, et la simulation de Pilotis qui la chiffre quand il y en a une.
/// </summary>
public sealed record PropositionNationale(
    string Code,
    string Axe,
    string Intitule,
    string Description,
    string? Simulation,
    string? LibelleSimulation
);
