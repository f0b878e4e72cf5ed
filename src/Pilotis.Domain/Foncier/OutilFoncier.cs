namespace Pilotis.Domain.Foncier;

/// <summary>
/// Un outil foncier d'une commune (ou de l'EPCI sur une de ses communes) : ZAD, DPU, SMS, OAP, emplacement réservé,
/// ou convention de portage de l'EPF (seed 001, solution 4). Les champs utiles dépendent du type
/// (<see cref="ValidationOutilFoncier"/>).
/// </summary>
public sealed class OutilFoncier
{
    public const int LongueurNomMaximum = 200;
    public const int LongueurPerimetreMaximum = 2000;
    public const int LongueurZoneMaximum = 100;

    public int Id { get; set; }
    public TypeOutilFoncier Type { get; set; }
    public required string Nom { get; set; }
    public required string CommuneCode { get; set; }
    public string? EpciSiren { get; set; }
    public required string DepartementCode { get; set; }
    public required string RegionCode { get; set; }

    /// <summary>Acte de création (ZAD), délibération (DPU, SMS, OAP), début du portage (convention).</summary>
    public DateOnly? DateDebut { get; set; }

    /// <summary>Fin de validité (ZAD) ou fin du portage (convention).</summary>
    public DateOnly? DateFin { get; set; }

    /// <summary>Périmètre décrit (secteurs, parcelles, adresse).</summary>
    public string? Perimetre { get; set; }

    /// <summary>Zone ou secteur du PLU concerné (SMS).</summary>
    public string? Zone { get; set; }

    /// <summary>
    /// Part de logements sociaux imposée (SMS) ou programmée (OAP, emplacement réservé), entre 0 et 1.
    /// </summary>
    public decimal? PartLls { get; set; }

    /// <summary>Le site porté (convention de portage).</summary>
    public int? SiteId { get; set; }

    /// <summary>L'établissement public foncier signataire (convention de portage).</summary>
    public int? PorteurId { get; set; }

    /// <summary>Montant du portage (€).</summary>
    public decimal? Montant { get; set; }

    /// <summary>Date de cession prévue au bailleur ou à la collectivité.</summary>
    public DateOnly? DateCessionPrevue { get; set; }

    /// <summary>Décote foncière prévue à la cession (€) pour rendre l'opération de logement social possible.</summary>
    public decimal? DecoteFonciere { get; set; }
    public string? Observations { get; set; }
    public bool Demonstration { get; set; }
    public DateTimeOffset CreeLe { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
