using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande;

/// <summary>Inputs of the eligibility simulator, geography still as its public code.</summary>
public sealed record DonneesEligibilite(
    int Annee,
    string Geographie,
    int Personnes,
    int PersonnesACharge,
    bool JeuneCouple,
    bool Handicap,
    decimal RevenuFiscalReference
);
