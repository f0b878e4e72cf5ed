namespace Pilotis.Domain.Sru;

/// <summary>
/// Result of one commune's SRU computation for one year. Amounts in euros rounded as
/// <see cref="ArrondiSru"/> says; units are integers.
/// </summary>
public readonly record struct ResultatCalculSru
{
    public int ResidencesPrincipales { get; init; }

    /// <summary>Social units counted (foyer places converted).</summary>
    public int LogementsSociauxDecomptes { get; init; }

    /// <summary>
    /// LLS / RP, rounded to 4 decimals for display only. Computed on read: no rule uses it and the
    /// decimal division is the costliest step of the computation, which the scenario simulator skips.
    /// </summary>
    public decimal Taux => CalculSru.Taux(ResidencesPrincipales, LogementsSociauxDecomptes);

    public decimal TauxCible { get; init; }

    /// <summary>Ceiling of (target × RP − LLS), 0 when the target is reached.</summary>
    public int LogementsManquants { get; init; }

    public ObjectifTriennalSru Objectif { get; init; }

    public int ObjectifTriennal => Objectif.Total;
    public int ObjectifPlaiMinimum => Objectif.PlaiMinimum;
    public int ObjectifPlsMaximum => Objectif.PlsMaximum;

    /// <summary>25 % × potentiel fiscal per inhabitant × missing units.</summary>
    public decimal PrelevementBrut { get; init; }

    /// <summary>5 % or 7.5 % (or the rate imposed by the caller).</summary>
    public decimal TauxPlafondApplique { get; init; }

    /// <summary>Cap rate × real operating expenses N−2.</summary>
    public decimal PlafondPrelevement { get; init; }

    /// <summary>Gross levy within the cap.</summary>
    public decimal PrelevementPlafonne { get; init; }

    /// <summary>
    /// Levy after the carence multiplier, still within the cap (equals the capped levy when not in carence).
    /// </summary>
    public decimal PrelevementMajore { get; init; }

    /// <summary>Part of the deductible expenses used this year.</summary>
    public decimal DepensesDeductiblesImputees { get; init; }

    /// <summary>Deductible expenses above the levy, carried over to the next levies (L302-7).</summary>
    public decimal ReliquatDepensesDeductibles { get; init; }

    /// <summary>Amount collected: majorated levy − deductions, 0 when below the threshold.</summary>
    public decimal PrelevementNet { get; init; }

    public ExonerationPrelevement Exoneration { get; init; }
}
