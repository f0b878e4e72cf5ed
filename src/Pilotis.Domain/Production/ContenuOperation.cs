using System.Globalization;

namespace Pilotis.Domain.Production;

/// <summary>Ce qui est figé à chaque phase : consistance (lots), loyers, coûts et financement (DOMAIN §2).</summary>
public sealed record ContenuOperation(
    NatureOperation Nature,
    string? Adresse,
    IReadOnlyList<ContenuLot> Lots,
    decimal ChargeFonciere,
    decimal CoutBatiment,
    decimal Honoraires,
    decimal Vrd,
    IReadOnlyList<ContenuFinancement> Financements
)
{
    public decimal PrixDeRevient => ChargeFonciere + CoutBatiment + Honoraires + Vrd;
    public int NombreLogements => Lots.Sum(l => l.NombreLogements);
}
