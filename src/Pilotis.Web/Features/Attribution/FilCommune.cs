using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Un logement libéré ou livré dans la commune, tel que le maire le voit.</summary>
public sealed record LogementAnnonce(
    int Id,
    string Bailleur,
    TypologieLogement Typologie,
    FinancementOrigine Financement,
    bool EnQpv,
    OrigineDisponibilite Origine,
    DateOnly DateDisponibilite,
    EtapeAttribution Etape,
    DateTimeOffset DeclareLe
);

/// <summary>Une séance de CALEOL d'un bailleur qui a des logements dans la commune.</summary>
public sealed record SeanceAnnoncee(
    int Id,
    string Commission,
    string Bailleur,
    DateTimeOffset Date,
    string Lieu,
    bool MaireInvite,
    bool MairePresent,
    int LogementsDeLaCommune
);

/// <summary>Une attribution décidée dans la commune : aucune donnée sur le ménage.</summary>
public sealed record AttributionDecidee(
    DateTimeOffset Seance,
    string Bailleur,
    TypologieLogement Typologie,
    FinancementOrigine Financement,
    bool EnQpv,
    NatureDecision Nature,
    int? Rang,
    Contingent? Contingent,
    EtapeAttribution Etape
);
