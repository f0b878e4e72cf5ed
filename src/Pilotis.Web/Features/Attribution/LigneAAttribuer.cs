using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Une ligne de la liste des logements à attribuer (et de ses exports).</summary>
public sealed record LigneAAttribuer(
    int Id,
    int LogementId,
    string IdentifiantRpls,
    string CommuneCode,
    string? Commune,
    string Bailleur,
    TypologieLogement Typologie,
    FinancementOrigine Financement,
    bool EnQpv,
    OrigineDisponibilite Origine,
    DateOnly? DateConge,
    DateOnly DateDisponibilite,
    MotifExclusionFlux Exclusion,
    EtapeAttribution Etape,
    string? Reservataire,
    Contingent? Contingent
);
