namespace Pilotis.Domain.Sru;

/// <summary>
/// The rounding choices of the SRU computation, written once so that the API reference, the
/// pages and the exports state the same thing.
/// <list type="bullet">
/// <item>Amounts: to the euro, half away from zero (0.50 € counts for 1 €), the usual rule of French
/// public accounting for amounts in euros (cf. CGI art. 1657). Every money output is rounded at the
/// step it is produced, so the published figures add up (net = majorated − deductions).</item>
/// <item>Missing units: ceiling of the fractional deficit (a commune at 2,000.25 target units and
/// 1,200 units misses 801): an obligation is never rounded in the commune's favour.</item>
/// <item>Triennial objective and PLAI minimum: ceiling; PLS maximum: floor (both round against
/// the commune, as CCH L302-8 sets a floor for PLAI and a ceiling for PLS).</item>
/// <item>Rates shown: 4 decimals (0.01 point), half away from zero. Rules never compare a rounded
/// rate: they compare units (e.g. LLS ≥ 0.25 × RP) in exact decimal arithmetic.</item>
/// </list>
/// </summary>
public static class ArrondiSru
{
    /// <summary>Midpoint rule for euros and displayed rates.</summary>
    public const MidpointRounding ModeArrondi = MidpointRounding.AwayFromZero;

    /// <summary>Decimals kept on a displayed rate (0.1523 = 15.23 %).</summary>
    public const int DecimalesTaux = 4;

    /// <summary>Amount rounded to the euro, 0.50 € counting for 1 €.</summary>
    public static decimal Euro(decimal montant) => Math.Round(montant, 0, ModeArrondi);

    /// <summary>Rate rounded for display and exports.</summary>
    public static decimal Taux(decimal taux) => Math.Round(taux, DecimalesTaux, ModeArrondi);

    /// <summary>Units due: the next integer up.</summary>
    public static int UnitesParExces(decimal unites) => (int)Math.Ceiling(unites);

    /// <summary>Units allowed at most: the integer part.</summary>
    public static int UnitesParDefaut(decimal unites) => (int)Math.Floor(unites);
}
