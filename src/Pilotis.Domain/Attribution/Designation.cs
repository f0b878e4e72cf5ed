namespace Pilotis.Domain.Attribution;

/// <summary>
/// Un candidat désigné pour un logement à attribuer par le réservataire (ou le bailleur), dans l'ordre de présentation
/// à la commission. La désignation est refusée pour un ménage inéligible aux plafonds du logement.
/// </summary>
public sealed class Designation
{
    public int Id { get; set; }
    public int LogementAAttribuerId { get; set; }
    public long DemandeId { get; set; }
    public int Ordre { get; set; }
    public int DesigneParId { get; set; }
    public DateTimeOffset DesigneLe { get; set; }

    /// <summary>Ménage reconnu DALO au moment de la désignation.</summary>
    public bool Dalo { get; set; }

    /// <summary>Ménage prioritaire au titre de CCH L441-1 au moment de la désignation.</summary>
    public bool Prioritaire { get; set; }

    /// <summary>Ménage du premier quartile de ressources par UC de l'EPCI au moment de la désignation.</summary>
    public bool PremierQuartile { get; set; }
}
