namespace Pilotis.Domain.Production.Lissage;

/// <summary>Une opération du pipeline non encore agréée, pour la prévision de fin d'année.</summary>
public sealed record OperationAttendue(
    int OperationId,
    int Logements,
    int? AnneeProgrammation,
    int? MoisAgrementPrevu,
    NiveauRisque Risque
);
