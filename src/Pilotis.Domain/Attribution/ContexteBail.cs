namespace Pilotis.Domain.Attribution;

/// <summary>
/// Ce qu'il faut savoir pour signer un bail : l'occupation du logement au répertoire, le dernier bail signé sur ce
/// logement, la dernière libération déclarée, l'étape du logement à attribuer et la réponse du candidat.
/// </summary>
public sealed record ContexteBail(
    EtatOccupation Occupation,
    DateOnly? DernierBail,
    DateOnly? DerniereLiberation,
    EtapeAttribution Etape,
    bool DecisionAttribue,
    ReponseOffre Reponse
);
