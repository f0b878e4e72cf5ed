using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>Un logement inscrit à l'ordre du jour d'une séance, avec ses candidats et leurs décisions.</summary>
public sealed record VueLogementSeance(
    LogementAAttribuer LogementAAttribuer,
    Logement Logement,
    string Commune,
    string Reservataire,
    IReadOnlyList<VueCandidat> Candidats
);
