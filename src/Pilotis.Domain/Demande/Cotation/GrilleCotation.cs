namespace Pilotis.Domain.Demande.Cotation;

/// <summary>
/// Une version de la grille de cotation d'un EPCI (CCH L441-2-8, PPGDID). Une seule version publiée à la fois ;
/// publier une nouvelle version archive la précédente, qui reste consultable pour recalculer un score à une date.
/// </summary>
public sealed class GrilleCotation
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public int Version { get; set; }
    public StatutGrille Statut { get; set; }
    public string? Commentaire { get; set; }
    public List<CritereCotation> Criteres { get; set; } = [];
    public DateTimeOffset CreeeLe { get; set; }
    public DateOnly? PublieeLe { get; set; }

    /// <summary>Date de fin d'application (publication de la version suivante).</summary>
    public DateOnly? ArchiveeLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
