namespace Pilotis.Domain.Territoire;

/// <summary>Région administrative (code INSEE COG, ex. "76" Occitanie).</summary>
public sealed class Region
{
    public required string Code { get; init; }
    public required string Nom { get; set; }
}
