namespace Pilotis.Domain.Attribution;

/// <summary>Décisions de la CALEOL pour chaque candidat examiné (CCH R441-3).</summary>
public enum NatureDecision
{
    Attribution = 0,

    /// <summary>Attribution par ordre de priorité : le candidat de rang 2 a le logement si le premier refuse.</summary>
    AttributionAvecRang = 1,

    /// <summary>Attribution sous condition suspensive (pièce manquante, condition d'accès à lever).</summary>
    AttributionSousCondition = 2,

    /// <summary>Non-attribution, motivée.</summary>
    NonAttribution = 3,

    /// <summary>Irrecevabilité de la demande (conditions réglementaires d'accès non remplies), motivée.</summary>
    Irrecevabilite = 4,
}
