namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Exhaustivité d'un thème : organisations qui l'attendent, organisations couvertes, taux de 0 à 100.
/// </summary>
public sealed record ExhaustiviteTheme(ThemeReferent Theme, int Attendues, int Couvertes)
{
    public decimal? Taux => Attendues == 0 ? null : Math.Round(100m * Couvertes / Attendues, 1);
}
