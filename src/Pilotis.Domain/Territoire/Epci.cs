namespace Pilotis.Domain.Territoire;

/// <summary>Établissement public de coopération intercommunale à fiscalité propre, identifié par son SIREN.</summary>
public sealed class Epci
{
    public required string Siren { get; init; }
    public required string Nom { get; set; }

    /// <summary>CA, CC, CU ou METRO (nature juridique abrégée du référentiel).</summary>
    public required string Type { get; set; }
    public string? ModeFinancement { get; set; }
    public int Population { get; set; }
}
