namespace Pilotis.Domain.Information;

/// <summary>
/// Moment du projet où l'action a lieu. Le module de production ne garde pas la date du permis de construire (seulement
/// son état) : la phase est saisie par le bailleur, et « avant le permis » est la phase déclarée, pas une date déduite.
/// </summary>
public enum PhaseConcertation
{
    /// <summary>Avant le dépôt ou pendant l'instruction du permis de construire.</summary>
    AvantLePermis = 0,

    /// <summary>Permis obtenu, chantier pas encore ouvert.</summary>
    AvantLesTravaux = 1,
    PendantLesTravaux = 2,
    ApresLaLivraison = 3,
}
