namespace Pilotis.Domain.Attribution;

/// <summary>Une CALEOL d'un bailleur, pour un territoire (un EPCI ou le département).</summary>
public sealed class CommissionCaleol
{
    public const int LongueurNomMaximum = 200;

    public int Id { get; set; }
    public int BailleurId { get; set; }
    public required string Nom { get; set; }

    /// <summary>Territoire de la commission : SIREN de l'EPCI, ou code du département.</summary>
    public required string TerritoireCode { get; set; }

    /// <summary>
    /// Qui départage en cas d'égalité. Les textes ne le tranchent pas de façon certaine (DOMAIN §5) : c'est un réglage
    /// de la commission, inscrit dans son règlement intérieur.
    /// </summary>
    public QualiteMembreCaleol VoixPreponderante { get; set; } = QualiteMembreCaleol.Maire;

    /// <summary>Nombre minimal de membres votants présents pour délibérer (règlement intérieur).</summary>
    public int Quorum { get; set; } = 3;

    public List<MembreCaleol> Membres { get; set; } = [];
}
