namespace Pilotis.Domain.Demande;

/// <summary>Tranches d'ancienneté des demandes actives, depuis la date de dépôt (le renouvellement ne remet pas
/// l'ancienneté à zéro, CCH R441-2-5).</summary>
public enum TrancheAnciennete
{
    MoinsDe6Mois = 0,
    De6A12Mois = 1,
    De1A2Ans = 2,
    De2A3Ans = 3,
    De3A5Ans = 4,
    CinqAnsEtPlus = 5,
}
