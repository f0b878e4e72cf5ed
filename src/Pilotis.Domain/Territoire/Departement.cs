namespace Pilotis.Domain.Territoire;

/// <summary>Département (code COG stocké en texte : "30", "2A", "971").</summary>
public sealed class Departement
{
    public required string Code { get; init; }
    public required string Nom { get; set; }
    public required string RegionCode { get; set; }
}
