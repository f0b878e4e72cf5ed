namespace Pilotis.Domain.Production;

/// <summary>
/// Statuts SIAP, dans l'ordre (DOMAIN §2, contrat visible dans le projet APiLos) ; Supprimee et Annulee sont des
/// sorties.
/// Les valeurs numériques suivent l'ordre : « au moins engagée » se teste par comparaison.
/// </summary>
public enum StatutOperation
{
    BrouillonCree = 0,
    BrouillonATransmettre = 1,
    Transmise = 2,
    ProgrammeeCompletudeInstructeur = 3,
    ProgrammeeCompletudeValideur = 4,
    ProgrammeeComplet = 5,
    AApprouver = 6,
    AAgreer = 7,
    AValiderChorus = 8,
    Engagee = 9,
    Acompte = 10,
    ClotureEnCours = 11,
    Cloturee = 12,
    Soldee = 13,
    Supprimee = 90,
    Annulee = 91,
}
