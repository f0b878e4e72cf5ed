using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

/// <summary>One subject commune as the simulator reads it.</summary>
public readonly record struct CommuneSimulationSru
{
    public required string CodeInsee { get; init; }

    /// <summary>SIREN of its EPCI; null for a commune outside any EPCI (never pooled).</summary>
    public string? EpciSiren { get; init; }

    /// <summary>
    /// Figures of the year; <see cref="DonneesCalculSru.DepensesDeductibles"/> are those of N−2 (current law).
    /// </summary>
    public DonneesCalculSru Donnees { get; init; }

    /// <summary>
    /// Deductible expenses spent in the levy year itself (used by <see cref="ScenarioSru.DepensesAnneeCourante"/>).
    /// </summary>
    public decimal DepensesDeductiblesAnneeCourante { get; init; }
}
