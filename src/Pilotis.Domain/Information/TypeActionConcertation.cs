namespace Pilotis.Domain.Information;

/// <summary>Type d'action d'information ou de concertation des habitants (seed 001, solution 7).</summary>
public enum TypeActionConcertation
{
    ReunionPublique = 0,
    Visite = 1,
    Courrier = 2,
    EvenementChantier = 3,
    Autre = 9,
}
