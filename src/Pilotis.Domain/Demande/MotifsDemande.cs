namespace Pilotis.Domain.Demande;

/// <summary>Motifs de la demande (plusieurs possibles).</summary>
[Flags]
public enum MotifsDemande
{
    Aucun = 0,
    SansLogement = 1 << 0,
    Heberge = 1 << 1,
    LogementIndigne = 1 << 2,
    Handicap = 1 << 3,
    Violences = 1 << 4,
    LoyerTropCher = 1 << 5,
    Divorce = 1 << 6,
    RapprochementTravail = 1 << 7,
    LogementTropPetit = 1 << 8,
    LogementRepris = 1 << 9,
    RaisonsSante = 1 << 10,
    Autre = 1 << 11,
}
