namespace Pilotis.Domain.Demande;

/// <summary>
/// Seuil officiel du premier quartile des ressources par UC d'un EPCI pour une année (arrêté préfectoral pris sur
/// les données du SNE, CCH L441-1) ; quand il existe, il prévaut sur le seuil calculé depuis le registre.
/// </summary>
public sealed class SeuilQuartileOfficiel
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public int Annee { get; set; }

    /// <summary>Ressources annuelles par UC, en euros.</summary>
    public decimal Seuil { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
