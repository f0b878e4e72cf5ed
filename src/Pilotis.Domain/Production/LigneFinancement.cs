namespace Pilotis.Domain.Production;

/// <summary>Une ligne du plan de financement.</summary>
public sealed class LigneFinancement
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required TypeFinancement Type { get; set; }

    /// <summary>
    /// Nom du financeur quand il faut le préciser (« Nîmes Métropole », « Banque des Territoires »…).
    /// </summary>
    public string? Financeur { get; set; }
    public decimal Montant { get; set; }
}
