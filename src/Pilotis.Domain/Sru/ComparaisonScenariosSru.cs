using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

/// <summary>All scenarios side by side.</summary>
public sealed class ComparaisonScenariosSru(
    IReadOnlyList<string> epcis,
    IReadOnlyList<ResultatScenarioSru> scenarios,
    decimal? potentielFiscalMedian
)
{
    /// <summary>EPCI SIREN in order of first appearance in the input.</summary>
    public IReadOnlyList<string> Epcis { get; } = epcis;
    public IReadOnlyList<ResultatScenarioSru> Scenarios { get; } = scenarios;

    /// <summary>Median used for the 7.5 % cap.</summary>
    public decimal? PotentielFiscalMedian { get; } = potentielFiscalMedian;

    public ResultatScenarioSru Pour(ScenarioSru scenario)
    {
        foreach (var resultat in Scenarios)
        {
            if (resultat.Scenario == scenario)
            {
                return resultat;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Scénario non calculé.");
    }

    /// <summary>Totals of one EPCI in one scenario (zeros when the EPCI has no commune in the list).</summary>
    public TotauxSru TotauxEpci(ScenarioSru scenario, string siren)
    {
        for (var i = 0; i < Epcis.Count; i++)
        {
            if (string.Equals(Epcis[i], siren, StringComparison.Ordinal))
            {
                return Pour(scenario).ParEpci[i];
            }
        }
        return default;
    }
}
