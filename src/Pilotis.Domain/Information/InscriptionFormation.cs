namespace Pilotis.Domain.Information;

/// <summary>
/// Un élu inscrit à une session par sa commune (ou par la DDTM), sa présence notée après la session et sa réponse au
/// questionnaire de satisfaction (une seule, s'il était présent).
/// </summary>
public sealed class InscriptionFormation
{
    public const int LongueurNomMaximum = 200;
    public const int LongueurCourrielMaximum = 254;
    public const int LongueurCommentaireMaximum = 2000;

    public int Id { get; set; }
    public int SessionId { get; set; }
    public required string Nom { get; set; }
    public MandatElu Mandat { get; set; }
    public required string CommuneCode { get; set; }
    public string? EpciSiren { get; set; }
    public required string DepartementCode { get; set; }
    public required string RegionCode { get; set; }
    public required string Courriel { get; set; }

    /// <summary>Présent (vrai), absent (faux), pas encore noté (nul).</summary>
    public bool? Present { get; set; }

    /// <summary>Satisfaction de 1 (pas du tout satisfait) à 5 (très satisfait).</summary>
    public int? Note { get; set; }
    public string? Commentaire { get; set; }
    public DateTimeOffset? ReponduLe { get; set; }
    public DateTimeOffset InscritLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
