namespace Pilotis.Domain.Attribution;

/// <summary>Une ligne de la table des transitions d'un logement à attribuer.</summary>
public sealed record TransitionAttribution(
    IReadOnlyList<EtapeAttribution> Depuis,
    ActionAttribution Action,
    EtapeAttribution Vers,
    ActeurAttribution Acteur,
    string Libelle,
    string Controles,
    Func<LogementAAttribuer, ContexteTransitionAttribution, string?>? Verifier
);
