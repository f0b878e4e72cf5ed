namespace Pilotis.Domain.Sru;

/// <summary>
/// Triennial catch-up objective (CCH L302-8): units to finance over the period, with the PLAI
/// floor and the PLS ceiling of the mix.
/// </summary>
/// <param name="Total">Units to finance (ceiling of share × missing units).</param>
/// <param name="PlaiMinimum">At least this many PLAI (ceiling).</param>
/// <param name="PlsMaximum">At most this many PLS (floor).</param>
/// <param name="PartRattrapage">Share of the missing units applied (0.33, 0.50, 1.00…).</param>
/// <param name="PartPlaiMinimum">PLAI floor share used (0.30), kept for the bilan.</param>
/// <param name="PartPlsMaximum">PLS ceiling used (0.30, or 0.20 when rate &lt; 10 % and no PLH).</param>
public readonly record struct ObjectifTriennalSru(
    int Total,
    int PlaiMinimum,
    int PlsMaximum,
    decimal PartRattrapage,
    decimal PartPlaiMinimum,
    decimal PartPlsMaximum
);
