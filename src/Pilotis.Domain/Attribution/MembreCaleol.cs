namespace Pilotis.Domain.Attribution;

public sealed class MembreCaleol
{
    public const int LongueurNomMaximum = 200;

    public int Id { get; set; }
    public int CommissionId { get; set; }
    public required string Nom { get; set; }
    public QualiteMembreCaleol Qualite { get; set; }

    /// <summary>Commune dont le membre est le maire (ou son représentant).</summary>
    public string? CommuneCode { get; set; }

    /// <summary>Les réservataires n'ont qu'une voix consultative (CCH R441-9).</summary>
    public bool Votant => Qualite != QualiteMembreCaleol.ReservataireConsultatif;
}
