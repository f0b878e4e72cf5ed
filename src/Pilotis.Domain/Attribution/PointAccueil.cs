namespace Pilotis.Domain.Attribution;

/// <summary>
/// Un lieu d'accueil et d'information des demandeurs de logement social de l'EPCI (service d'information et d'accueil
/// du plan partenarial, CCH L441-2-8).
/// </summary>
public sealed class PointAccueil
{
    public const int LongueurTexteMaximum = 200;

    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public required string Nom { get; set; }
    public required string Adresse { get; set; }

    /// <summary>Commune du point d'accueil (code INSEE), membre de l'EPCI.</summary>
    public required string CommuneCode { get; set; }

    public DateTimeOffset ModifieLe { get; set; }
}
