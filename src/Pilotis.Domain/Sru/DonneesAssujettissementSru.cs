namespace Pilotis.Domain.Sru;

/// <summary>
/// Populations that decide whether a commune is subject (CCH L302-5 I). Agglomeration (INSEE
/// unité urbaine) and EPCI are two alternative routes; either may be unknown (null).
/// </summary>
public readonly record struct DonneesAssujettissementSru
{
    public int PopulationCommune { get; init; }
    public bool IleDeFrance { get; init; }
    public int? PopulationAgglomeration { get; init; }

    /// <summary>Population of the largest commune of the agglomeration.</summary>
    public int? PopulationPlusGrandeCommuneAgglomeration { get; init; }
    public int? PopulationEpci { get; init; }

    /// <summary>Population of the largest commune of the EPCI.</summary>
    public int? PopulationPlusGrandeCommuneEpci { get; init; }
}
