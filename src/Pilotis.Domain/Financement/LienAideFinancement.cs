namespace Pilotis.Domain.Financement;

/// <summary>
/// Une aide rattachée par le bailleur à une ligne du plan de financement de son opération (module Production).
/// </summary>
public sealed class LienAideFinancement
{
    public int Id { get; set; }
    public int AideId { get; set; }
    public int OperationId { get; set; }
    public int LigneFinancementId { get; set; }
    public DateTimeOffset Quand { get; set; }
}
