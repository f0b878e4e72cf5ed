namespace Pilotis.Domain.Information;

/// <summary>Accueil du projet par les habitants rencontrés, tel que le bailleur le relève.</summary>
public enum AcceptationConcertation
{
    Favorable = 0,
    Reservee = 1,
    Opposee = 2,
}
