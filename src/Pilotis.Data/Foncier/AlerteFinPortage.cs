namespace Pilotis.Data.Foncier;

/// <summary>Une convention de portage qui finit dans les 12 mois sans opération sur son site.</summary>
public sealed record AlerteFinPortage(
    int OutilId,
    string Nom,
    string CommuneCode,
    string? EpciSiren,
    int? SiteId,
    string? NomSite,
    DateOnly DateFin,
    decimal? Montant
);
