namespace Pilotis.Domain.Attribution;

/// <summary>Ce qu'un bail signé apporte au calcul des objectifs d'attribution (CCH L441-1), rien de plus.</summary>
public sealed record BailPourQuotas(
    bool LogementEnQpv,
    Contingent Contingent,
    decimal RessourcesAnnuellesParUc,
    bool Dalo,
    bool Prioritaire,
    bool RelogementRenouvellementUrbain
);
