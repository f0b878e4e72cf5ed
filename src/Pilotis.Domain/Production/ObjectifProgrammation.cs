namespace Pilotis.Domain.Production;

/// <summary>
/// Objectif de logements agréés pour une année, un territoire (département entier ou EPCI délégataire) et un produit.
/// </summary>
public sealed class ObjectifProgrammation
{
    public int Id { get; set; }
    public required int Annee { get; set; }
    public required string DepartementCode { get; set; }

    /// <summary>EPCI délégataire des aides à la pierre ; null = le département hors délégation.</summary>
    public string? EpciSiren { get; set; }
    public required Produit Produit { get; set; }
    public int Logements { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
