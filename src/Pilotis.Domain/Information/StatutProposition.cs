namespace Pilotis.Domain.Information;

/// <summary>
/// Où en est une proposition nationale de l'atelier (seed 001, II « Les suites ») : formulée localement, portée
/// auprès de l'administration centrale ou des cabinets, reprise dans un texte ou une mesure, ou abandonnée.
/// </summary>
public enum StatutProposition
{
    Proposee = 0,
    PorteeAuNational = 1,
    Reprise = 2,
    Abandonnee = 3,
}
