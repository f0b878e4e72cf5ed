namespace Pilotis.Domain.Attribution;

/// <summary>
/// Une étape de la réforme des attributions franchie par un EPCI : la date de l'acte, sa référence (arrêté,
/// délibération) et un commentaire. Une ligne par EPCI et par étape, saisie par l'EPCI ou la DDTM.
/// </summary>
public sealed class EtapeReformeEpci
{
    public const int LongueurReferenceMaximum = 200;
    public const int LongueurCommentaireMaximum = 1000;

    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public TypeEtapeReforme Etape { get; set; }
    public DateOnly Date { get; set; }
    public required string ReferenceActe { get; set; }
    public string? Commentaire { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
