namespace Pilotis.Domain.Attribution;

public sealed class PresenceCaleol
{
    public int SeanceId { get; set; }
    public int MembreId { get; set; }
}
