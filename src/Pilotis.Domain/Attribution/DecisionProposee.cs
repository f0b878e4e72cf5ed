using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// La décision que la commission veut arrêter pour un candidat, avec ce qu'il faut savoir de sa demande pour la
/// contrôler (numéro pour les messages, produits auxquels ses ressources ouvrent droit, demande encore active).
/// </summary>
public sealed record DecisionProposee(
    string NumeroDemande,
    NatureDecision Nature,
    int? Rang,
    string? Motif,
    ProduitsEligibles Eligibles,
    bool DemandeActive = true
);
