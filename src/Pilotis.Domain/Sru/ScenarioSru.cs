using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

/// <summary>
/// Current law and the national proposals of the Gard seed (seed 001, part II §3 "Ajustement de
/// la loi SRU"), to compare side by side.
/// </summary>
public enum ScenarioSru
{
    /// <summary>CCH L302-5 to L302-9-1 as in force.</summary>
    LoiActuelle = 0,

    /// <summary>One 20 % target for every subject commune (seed §3 b).</summary>
    CibleUnique20 = 1,

    /// <summary>Obligations pooled across all subject communes of an EPCI (seed §3 b).</summary>
    MutualisationEpci = 2,

    /// <summary>Deductible expenses counted in the year they are spent instead of N−2 (seed §3 c).</summary>
    DepensesAnneeCourante = 3,
}
