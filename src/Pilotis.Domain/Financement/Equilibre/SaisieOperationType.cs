namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Une opération type saisie à la main, champ par champ tel que le formulaire l'envoie (texte) : les logements et la
/// surface utile totale de chaque produit, les zones, le prix de revient en deux postes et le plan.
/// </summary>
public sealed record SaisieOperationType
{
    public string? Nature { get; init; }
    public string? Zone123 { get; init; }
    public string? ZoneAbc { get; init; }
    public string? LogementsPlai { get; init; }
    public string? SurfacePlai { get; init; }
    public string? LogementsPlus { get; init; }
    public string? SurfacePlus { get; init; }
    public string? LogementsPls { get; init; }
    public string? SurfacePls { get; init; }
    public string? ChargeFonciere { get; init; }
    public string? CoutTravaux { get; init; }
    public string? Subventions { get; init; }
    public string? FondsPropres { get; init; }
}
