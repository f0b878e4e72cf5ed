namespace Pilotis.Domain.Foncier;

/// <summary>Une ligne de la table des transitions d'un site foncier.</summary>
public sealed record TransitionSite(
    IReadOnlyList<StatutSite> Depuis,
    ActionSite Action,
    StatutSite Vers,
    string Libelle,
    string Controles,
    Func<SiteFoncier, ContexteTransitionSite, string?>? Verifier
);
