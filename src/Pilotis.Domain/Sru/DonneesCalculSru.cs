namespace Pilotis.Domain.Sru;

/// <summary>
/// One commune's figures for one year's SRU computation. JSON names of the public simulator
/// (<c>POST /api/v1/sru/calcul</c>) are the camelCase of these properties; only the first eight
/// are part of that contract, the others are optional refinements used by the DDTM pages.
/// A struct, so the scenario simulator can derive variants (<c>with</c>) without allocating.
/// </summary>
public readonly record struct DonneesCalculSru
{
    /// <summary>Résidences principales at 1 January (tax base of the target, CCH L302-5 I).</summary>
    public int ResidencesPrincipales { get; init; }

    /// <summary>Social units counted at 1 January of the previous year (CCH L302-5 IV, L302-7).</summary>
    public InventaireLogementsSociaux LogementsSociaux { get; init; }

    /// <summary>Target rate, 0.25 or 0.20 under current law (any fraction 0–1 for simulations).</summary>
    public decimal TauxCible { get; init; }

    /// <summary>Potentiel fiscal per inhabitant (CGCT L2334-4), euros.</summary>
    public decimal PotentielFiscalParHabitant { get; init; }

    /// <summary>Real operating expenses of the compte administratif of year N−2, euros (cap base).</summary>
    public decimal DepensesReellesFonctionnement { get; init; }

    /// <summary>
    /// Deductible expenses validated by the DDTM for the year they count in (N−2 under current
    /// law), including any surplus carried over from previous years, euros.
    /// </summary>
    public decimal DepensesDeductibles { get; init; }

    /// <summary>A PLH covers the commune (lifts the 20 % PLS restriction, CCH L302-8 III).</summary>
    public bool CouverteParPlh { get; init; }

    /// <summary>
    /// Cap rate imposed by the caller (public simulator: default 0.05). When null, the cap is
    /// 5 % or 7.5 % according to <see cref="PotentielFiscalMedian"/>.
    /// </summary>
    public decimal? TauxPlafond { get; init; }

    /// <summary>Median potentiel fiscal per inhabitant of the communes subject to the levy (L302-7).</summary>
    public decimal? PotentielFiscalMedian { get; init; }

    /// <summary>Multiplier set by an arrêté de carence, 1 to 5 (CCH L302-9-1); null when not in carence.</summary>
    public decimal? CoefficientMajorationCarence { get; init; }

    /// <summary>
    /// The commune receives the dotation de solidarité urbaine (levy exemption above a rate, L302-7).
    /// </summary>
    public bool BeneficieDsu { get; init; }

    /// <summary>
    /// Rank (1 = first) of the full triennial period since the commune became subject, when newly subject.
    /// </summary>
    public int? RangPeriodeNouvellementSoumise { get; init; }
}
