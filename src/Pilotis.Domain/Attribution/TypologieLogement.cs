namespace Pilotis.Domain.Attribution;

/// <summary>Nombre de pièces principales d'un logement (T1 à T6 et plus), comme dans RPLS.</summary>
public enum TypologieLogement
{
    T1 = 1,
    T2 = 2,
    T3 = 3,
    T4 = 4,
    T5 = 5,
    T6Plus = 6,
}
