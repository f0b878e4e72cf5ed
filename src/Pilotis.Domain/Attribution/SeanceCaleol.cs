namespace Pilotis.Domain.Attribution;

/// <summary>Une séance de CALEOL : date, lieu, membres présents, logements inscrits, décisions et
/// procès-verbal.</summary>
public sealed class SeanceCaleol
{
    public const int LongueurLieuMaximum = 200;

    public int Id { get; set; }
    public int CommissionId { get; set; }
    public DateTimeOffset Date { get; set; }
    public required string Lieu { get; set; }

    /// <summary>Vrai quand la séance s'est tenue et que ses décisions sont arrêtées (procès-verbal).</summary>
    public bool Close { get; set; }

    public List<PresenceCaleol> Presences { get; set; } = [];
    public List<InscriptionSeance> Inscriptions { get; set; } = [];
}
