namespace Pilotis.Domain.Attribution;

/// <summary>Un logement à attribuer inscrit à l'ordre du jour d'une séance.</summary>
public sealed class InscriptionSeance
{
    public int SeanceId { get; set; }
    public int LogementAAttribuerId { get; set; }
}
