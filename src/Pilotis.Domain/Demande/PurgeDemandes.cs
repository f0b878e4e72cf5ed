namespace Pilotis.Domain.Demande;

/// <summary>Trace d'une purge des données personnelles (RGPD) : quand, combien, avec quel délai de
/// conservation.</summary>
public sealed class PurgeDemandes
{
    public int Id { get; set; }
    public DateTimeOffset Quand { get; set; }
    public DateOnly DateReference { get; set; }
    public int JoursConservation { get; set; }
    public int DemandesPurgees { get; set; }
    public int DemandesRadieesNonRenouvellement { get; set; }
    public required string Declencheur { get; set; }
}
