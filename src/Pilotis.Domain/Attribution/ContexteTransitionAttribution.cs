namespace Pilotis.Domain.Attribution;

/// <summary>Ce que les contrôles d'une transition doivent savoir du logement à attribuer et de son parcours.</summary>
public sealed record ContexteTransitionAttribution(
    int Candidats = 0,
    bool SeanceClose = false,
    int Attributions = 0,
    bool CandidatsRestants = false,
    bool OffreAcceptee = false,
    string? RefusBail = null
);
