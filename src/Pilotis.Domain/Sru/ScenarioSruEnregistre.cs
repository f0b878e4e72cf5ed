namespace Pilotis.Domain.Sru;

/// <summary>
/// Scénario de réforme enregistré sous un nom, avec ses paramètres (JSON), pour le retrouver et le comparer.
/// </summary>
public sealed class ScenarioSruEnregistre
{
    public int Id { get; set; }
    public required string Nom { get; set; }

    /// <summary>Code du département simulé, ou « FR » pour la France entière.</summary>
    public required string Perimetre { get; set; }
    public required int Annee { get; set; }
    public decimal TauxCibleUnique { get; set; } = 0.20m;
    public required string Auteur { get; set; }
    public int? OrganisationId { get; set; }
    public DateTimeOffset CreeLe { get; set; }
}
