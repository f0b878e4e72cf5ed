using Pilotis.Domain.Foncier;

namespace Pilotis.Web.Features.Foncier;

/// <summary>Une ligne de la liste des outils fonciers (page, exports).</summary>
public sealed record LigneOutil(
    int Id,
    TypeOutilFoncier Type,
    string Nom,
    string CommuneCode,
    string? EpciSiren,
    DateOnly? DateDebut,
    DateOnly? DateFin,
    string? Zone,
    decimal? PartLls,
    int? SiteId,
    decimal? Montant,
    DateOnly? DateCessionPrevue,
    decimal? DecoteFonciere
);
