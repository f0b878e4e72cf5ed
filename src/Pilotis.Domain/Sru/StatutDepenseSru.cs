namespace Pilotis.Domain.Sru;

public enum StatutDepenseSru
{
    Declaree = 0,
    Validee = 1,
    Refusee = 2,
}
