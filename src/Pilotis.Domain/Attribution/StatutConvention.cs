namespace Pilotis.Domain.Attribution;

public enum StatutConvention
{
    Projet = 0,
    Signee = 1,
    Resiliee = 2,
}
