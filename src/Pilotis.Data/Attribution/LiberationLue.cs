using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>Une ligne lue et bien formée d'un fichier de logements libérés, avant sa confrontation au parc.</summary>
internal sealed record LiberationLue(
    int Ligne,
    string IdentifiantRpls,
    OrigineDisponibilite Origine,
    DateOnly? DateConge,
    DateOnly DateDisponibilite,
    MotifExclusionFlux Exclusion
);
