namespace Pilotis.Domain.Information;

/// <summary>
/// Une étape du suivi d'une proposition nationale dans un département : le statut à une date, le commentaire de la
/// DDTM. Chaque changement est une nouvelle ligne (l'historique reste) ; sans ligne, la proposition est « proposée ».
/// </summary>
public sealed class SuiviPropositionNationale
{
    public const int LongueurCommentaireMaximum = 2000;

    public int Id { get; set; }
    public required string DepartementCode { get; set; }
    public required string CodeProposition { get; set; }
    public StatutProposition Statut { get; set; }
    public DateOnly Date { get; set; }
    public string? Commentaire { get; set; }
    public required string ModifiePar { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
}
