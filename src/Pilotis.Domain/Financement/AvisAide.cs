namespace Pilotis.Domain.Financement;

/// <summary>
/// « Cette aide m'a été utile » : un compteur par aide et par jour, sans savoir qui l'a dit (aucune donnée
/// personnelle).
/// </summary>
public sealed class AvisAide
{
    public long Id { get; set; }
    public int AideId { get; set; }
    public DateOnly Jour { get; set; }
    public int Utile { get; set; }
}
