namespace Pilotis.Domain.Sru;

/// <summary>Nature des dépenses déductibles du prélèvement (CCH L302-7 al. 4 et R302-16).</summary>
public enum NatureDepenseSru
{
    SubventionFonciere = 0,
    TravauxViabilisation = 1,
    CessionTerrainSousValeur = 2,
    MoinsValueBailEmphyteotique = 3,
    SubventionOperation = 4,
    Autre = 5,
}

public enum StatutDepenseSru
{
    Declaree = 0,
    Validee = 1,
    Refusee = 2,
}

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

public static class LibellesDepenseSru
{
    public static string Libelle(this NatureDepenseSru nature) =>
        nature switch
        {
            NatureDepenseSru.SubventionFonciere => "Subvention foncière à un bailleur",
            NatureDepenseSru.TravauxViabilisation => "Travaux de viabilisation ou de dépollution",
            NatureDepenseSru.CessionTerrainSousValeur => "Cession d'un terrain ou d'un immeuble sous sa valeur",
            NatureDepenseSru.MoinsValueBailEmphyteotique => "Moins-value d'un bail emphytéotique ou à construction",
            NatureDepenseSru.SubventionOperation => "Subvention à une opération de logement social",
            _ => "Autre dépense prévue par l'article R302-16",
        };

    public static string Libelle(this StatutDepenseSru statut) =>
        statut switch
        {
            StatutDepenseSru.Declaree => "Déclarée, à valider",
            StatutDepenseSru.Validee => "Validée",
            _ => "Refusée",
        };
}
