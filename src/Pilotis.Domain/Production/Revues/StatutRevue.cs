namespace Pilotis.Domain.Production.Revues;

public enum StatutRevue
{
    Preparation = 0,
    Tenue = 1,
}
