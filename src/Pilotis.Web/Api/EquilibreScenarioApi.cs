namespace Pilotis.Web.Api;

/// <summary>Le résultat court d'une opération sous un scénario (liste derrière les comptes).</summary>
public sealed record EquilibreScenarioApi(
    string Code,
    bool Calculable,
    bool Equilibree,
    decimal FondsPropresParLogement
);
