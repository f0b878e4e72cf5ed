namespace Pilotis.Domain.Sru;

/// <summary>Why a commune pays no levy although it is subject.</summary>
public enum ExonerationPrelevement
{
    /// <summary>The levy is collected.</summary>
    Aucune = 0,

    /// <summary>The commune reaches its target: no missing unit, no levy.</summary>
    AucunLogementManquant = 1,

    /// <summary>DSU commune above the rate threshold of L302-7.</summary>
    CommuneDsu = 2,

    /// <summary>Deductible expenses absorb the whole levy (the surplus carries over).</summary>
    DepensesDeductibles = 3,

    /// <summary>
    /// Capped gross levy below the threshold (4,000 € for 2023–2025), tested before deductible expenses
    /// (CCH L302-7).
    /// </summary>
    SousSeuil = 4,
}
