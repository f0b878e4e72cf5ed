namespace Pilotis.Domain.Sru;

/// <summary>
/// Dépense déductible déclarée par la commune avec son justificatif, validée ou refusée par la DDTM.
/// Sous la loi actuelle, une dépense de l'année N−2 vient en déduction du prélèvement de l'année N.
/// </summary>
public sealed class DepenseDeductibleSru
{
    public int Id { get; set; }
    public required string CommuneCode { get; init; }
    public required int AnneeDepense { get; set; }
    public required NatureDepenseSru Nature { get; set; }
    public required string Libelle { get; set; }
    public required decimal Montant { get; set; }

    /// <summary>Nom du justificatif (délibération, mandat de paiement, acte de cession…).</summary>
    public required string Justificatif { get; set; }
    public StatutDepenseSru Statut { get; set; } = StatutDepenseSru.Declaree;
    public string? MotifRefus { get; set; }
    public DateTimeOffset DeclareeLe { get; set; }
    public DateTimeOffset? DecideeLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    /// <summary>Année du prélèvement sur laquelle la dépense s'impute sous la loi actuelle (N+2).</summary>
    public int AnneeImputation(ParametresSru parametres) => AnneeDepense + 2;
}
