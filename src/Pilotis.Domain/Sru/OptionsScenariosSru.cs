using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

/// <summary>Settings of a simulation; a named scenario saved by a user stores these.</summary>
public sealed record OptionsScenariosSru
{
    public static IReadOnlyList<ScenarioSru> TousLesScenarios { get; } =
    [
        ScenarioSru.LoiActuelle,
        ScenarioSru.CibleUnique20,
        ScenarioSru.MutualisationEpci,
        ScenarioSru.DepensesAnneeCourante,
    ];

    public IReadOnlyList<ScenarioSru> Scenarios { get; init; } = TousLesScenarios;

    /// <summary>
    /// Target of <see cref="ScenarioSru.CibleUnique20"/> (a proposal, not a law: an option, not a parameter row).
    /// </summary>
    public decimal TauxCibleUnique { get; init; } = 0.20m;

    /// <summary>
    /// Median potentiel fiscal per inhabitant for the 7.5 % cap (L302-7). When null it is computed
    /// over the communes of the list that have missing units under current law, i.e. the communes
    /// subject to the levy; it stays the same in every scenario (a fact of the year).
    /// </summary>
    public decimal? PotentielFiscalMedian { get; init; }
}
