namespace Pilotis.Domain.Information;

/// <summary>
/// Une action d'information ou de concertation des habitants sur une opération (seed 001, solution 7), enregistrée
/// par le bailleur de l'opération ; la commune, l'EPCI et la DDTM la lisent par leurs droits sur l'opération.
/// </summary>
public sealed class ActionConcertation
{
    public const int LongueurTexteMaximum = 4000;
    public const int HabitantsMaximum = 100_000;

    public int Id { get; set; }
    public int OperationId { get; set; }
    public TypeActionConcertation Type { get; set; }
    public DateOnly Date { get; set; }
    public PhaseConcertation Phase { get; set; }

    /// <summary>Nombre d'habitants rencontrés (ou destinataires d'un courrier).</summary>
    public int HabitantsRencontres { get; set; }
    public string? Questions { get; set; }
    public AcceptationConcertation Acceptation { get; set; }

    /// <summary>Suites données : modifications du projet, engagements pris.</summary>
    public string? Issue { get; set; }
    public bool Demonstration { get; set; }
    public DateTimeOffset CreeeLe { get; set; }
    public DateTimeOffset ModifieeLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
