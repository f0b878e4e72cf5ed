namespace Pilotis.Domain.Demande;

/// <summary>Une commune souhaitée d'une demande, avec son rang de préférence.</summary>
public sealed class CommuneSouhaitee
{
    public long DemandeId { get; set; }
    public int Rang { get; set; }
    public required string CommuneCode { get; set; }
}
