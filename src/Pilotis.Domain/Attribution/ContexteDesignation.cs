namespace Pilotis.Domain.Attribution;

/// <summary>Ce que la règle des trois candidats doit savoir du logement et des candidats désignés.</summary>
public sealed record ContexteDesignation(
    bool ContingentPrefet,
    bool TousDalo,
    bool PlaiAdapte,
    int EligiblesDisponibles
);
