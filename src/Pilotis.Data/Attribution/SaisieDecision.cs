using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>La décision saisie en séance pour un candidat désigné, avec les voix quand elle a été votée.</summary>
public sealed record SaisieDecision(
    long DemandeId,
    NatureDecision Nature,
    int? Rang,
    string? Motif,
    int? VotesPour = null,
    int? VotesContre = null,
    bool DetenteurPour = false
);
