namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Un scénario sur un ensemble d'opérations : combien sont calculables, équilibrées, et combien le deviennent alors
/// qu'elles ne l'étaient pas sous la loi actuelle.
/// </summary>
public sealed record SyntheseScenario(
    ScenarioEquilibre Scenario,
    int Calculables,
    int Equilibrees,
    int DevenuesEquilibrees,
    decimal FondsPropresMoyensParLogement
);
