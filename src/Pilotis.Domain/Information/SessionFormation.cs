namespace Pilotis.Domain.Information;

/// <summary>
/// Une session de formation des élus organisée par la DDTM dans un département (seed 001, solution 6 : former les
/// élus en début de mandat).
/// </summary>
public sealed class SessionFormation
{
    public const int LongueurLieuMaximum = 200;
    public const int LongueurFormateurMaximum = 200;
    public const int CapaciteMaximum = 500;

    public int Id { get; set; }
    public required string DepartementCode { get; set; }
    public required string RegionCode { get; set; }
    public DateOnly Date { get; set; }
    public required string Lieu { get; set; }
    public ThemeFormation Theme { get; set; }
    public required string Formateur { get; set; }

    /// <summary>Nombre de places : une inscription au-delà est refusée.</summary>
    public int Capacite { get; set; }
    public bool Demonstration { get; set; }
    public DateTimeOffset CreeeLe { get; set; }
    public DateTimeOffset ModifieeLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
