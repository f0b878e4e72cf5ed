namespace Pilotis.Domain.Production;

/// <summary>Phases SIAP : les instantanés (cohérence, loyers, coûts, financement) sont gardés par phase.</summary>
public enum PhaseOperation
{
    Programmation = 0,
    Agrement = 1,
    Cloture = 2,
}
