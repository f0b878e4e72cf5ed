namespace Pilotis.Domain.Attribution;

/// <summary>
/// Qualité d'un membre de la commission d'attribution des logements et d'examen de l'occupation des logements (CALEOL,
/// CCH L441-2 et R441-9) : six membres désignés par le conseil d'administration du bailleur dont un représentant des
/// locataires, le maire de la commune (ou son représentant), le préfet (ou son représentant), le président de l'EPCI
/// doté d'un PLH (ou son représentant) ; les réservataires siègent avec voix consultative pour leurs logements.
/// </summary>
public enum QualiteMembreCaleol
{
    AdministrateurBailleur = 0,
    RepresentantLocataires = 1,
    Maire = 2,
    Prefet = 3,
    PresidentEpci = 4,
    ReservataireConsultatif = 5,
}
