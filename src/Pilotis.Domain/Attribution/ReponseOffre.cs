namespace Pilotis.Domain.Attribution;

public enum ReponseOffre
{
    EnAttente = 0,
    Acceptee = 1,
    Refusee = 2,
}
