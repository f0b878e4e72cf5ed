namespace Pilotis.Domain.Territoire;

/// <summary>
/// Attribut daté d'une commune : les zonages et statuts changent par arrêté ou décret, on garde
/// donc l'historique et on lit la valeur en vigueur à une date.
/// </summary>
public sealed class AttributCommune
{
    public int Id { get; set; }
    public required string CommuneCode { get; init; }
    public required NatureAttribut Nature { get; init; }
    public required string Valeur { get; set; }
    public required DateOnly ValideDepuis { get; init; }
    public required string Source { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
