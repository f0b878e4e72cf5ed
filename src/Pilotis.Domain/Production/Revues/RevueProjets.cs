namespace Pilotis.Domain.Production.Revues;

/// <summary>Une revue de projets d'un EPCI (trois par an) animée par la DDTM.</summary>
public sealed class RevueProjets
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public required string DepartementCode { get; set; }
    public required int Annee { get; set; }

    /// <summary>1, 2 ou 3 : rang de la revue dans l'année.</summary>
    public required int Numero { get; set; }
    public required DateOnly Date { get; set; }
    public StatutRevue Statut { get; set; }
    public string? CompteRendu { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public const int ParAn = 3;
}
