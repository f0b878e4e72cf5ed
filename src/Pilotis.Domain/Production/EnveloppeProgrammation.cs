namespace Pilotis.Domain.Production;

/// <summary>Enveloppe de subventions de l'État pour une année et un territoire (€).</summary>
public sealed class EnveloppeProgrammation
{
    public int Id { get; set; }
    public required int Annee { get; set; }
    public required string DepartementCode { get; set; }
    public string? EpciSiren { get; set; }
    public decimal Montant { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
