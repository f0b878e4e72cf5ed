namespace Pilotis.Domain.Financement;

/// <summary>
/// Les publics d'une aide. aides-territoires n'a pas de public « bailleur social » (ticket 13) : Pilotis l'ajoute aux
/// aides locales.
/// </summary>
public static class PublicsAides
{
    public const string BailleursSociaux = "Bailleurs sociaux";
}
