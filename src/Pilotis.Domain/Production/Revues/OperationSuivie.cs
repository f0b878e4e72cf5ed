namespace Pilotis.Domain.Production.Revues;

/// <summary>Une opération suivie pour le rapport au CDHH : ses étapes atteintes.</summary>
public sealed record OperationSuivie(
    int OperationId,
    string EpciSiren,
    DateOnly? Agrement,
    DateOnly? OuvertureChantier,
    DateOnly? Livraison,
    StatutOperation Statut
);
