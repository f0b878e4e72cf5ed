using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

/// <summary>
/// One scenario over the whole list: per commune (input order), per EPCI (order of <see
/// cref="ComparaisonScenariosSru.Epcis"/>), total.
/// </summary>
public sealed class ResultatScenarioSru(
    ScenarioSru scenario,
    ResultatCommuneScenario[] parCommune,
    TotauxSru[] parEpci,
    TotauxSru total
)
{
    public ScenarioSru Scenario { get; } = scenario;
    public ResultatCommuneScenario[] ParCommune { get; } = parCommune;
    public TotauxSru[] ParEpci { get; } = parEpci;
    public TotauxSru Total { get; } = total;
}
