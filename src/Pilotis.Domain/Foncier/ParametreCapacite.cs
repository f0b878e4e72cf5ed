namespace Pilotis.Domain.Foncier;

/// <summary>
/// Paramètre daté de l'estimation de capacité d'un EPCI pour une zone du PLU : densité en logements par hectare et
/// part de logements sociaux visée (son PLH, C. constr. L302-1). L'EPCI le saisit ; une nouvelle ligne datée remplace
/// la précédente à partir de sa date, sans l'effacer.
/// </summary>
public sealed class ParametreCapacite
{
    public const decimal DensiteMaximum = 500m;
    public const int LongueurSourceMaximum = 300;

    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public ZonePlu Zone { get; set; }

    /// <summary>Logements par hectare de surface de terrain.</summary>
    public decimal DensiteLogementsHectare { get; set; }

    /// <summary>Part de logements locatifs sociaux, entre 0 et 1.</summary>
    public decimal PartLls { get; set; }
    public DateOnly ValideDepuis { get; set; }
    public required string Source { get; set; }
    public bool Demonstration { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
