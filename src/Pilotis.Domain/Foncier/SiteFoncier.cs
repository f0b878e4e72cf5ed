namespace Pilotis.Domain.Foncier;

/// <summary>
/// Un site de l'observatoire foncier d'un EPCI (seed 001, solution 5 ; DOMAIN §7) : une ou plusieurs parcelles d'une
/// commune, leur zone du PLU, leur propriétaire, leurs contraintes et la capacité estimée en logements sociaux. Le lieu
/// (EPCI, département, région) est recopié depuis la commune pour filtrer sans jointure, comme pour les opérations.
/// </summary>
public sealed class SiteFoncier
{
    public const int LongueurIdentifiantMaximum = 40;
    public const int LongueurNomMaximum = 200;
    public const int LongueurParcellesMaximum = 1000;
    public const int LongueurObservationsMaximum = 2000;
    public const int LongueurGeometrieMaximum = 100_000;

    /// <summary>10 000 ha : au-delà, c'est une erreur de saisie (m² pris pour des cm²).</summary>
    public const int SurfaceMaximumM2 = 100_000_000;

    public int Id { get; set; }

    /// <summary>Identifiant du site dans l'observatoire de l'EPCI (unique par EPCI) ; clé des réimports.</summary>
    public required string Identifiant { get; set; }
    public required string Nom { get; set; }
    public required string CommuneCode { get; set; }
    public string? EpciSiren { get; set; }
    public required string DepartementCode { get; set; }
    public required string RegionCode { get; set; }

    /// <summary>Les IDU des parcelles (<see cref="ReferenceCadastrale.Idu"/>), séparés par « , ».</summary>
    public required string Parcelles { get; set; }
    public int SurfaceM2 { get; set; }
    public ZonePlu Zone { get; set; }
    public TypeProprietaire Proprietaire { get; set; }

    /// <summary>L'établissement public foncier qui porte le site (organisation), s'il y en a un.</summary>
    public int? PorteurId { get; set; }
    public ContraintesSite Contraintes { get; set; }

    /// <summary>
    /// Logements sociaux estimés (<see cref="CapaciteFonciere.Estimer"/>) avec les paramètres de l'EPCI en vigueur ;
    /// null quand l'EPCI n'a pas de paramètre pour la zone. Recalculée à chaque écriture du site ou des paramètres.
    /// </summary>
    public int? CapaciteEstimee { get; set; }
    public StatutSite Statut { get; set; } = StatutSite.Identifie;

    /// <summary>Date du dernier changement de statut (indicateurs sur la période du PLH).</summary>
    public DateOnly DateStatut { get; set; }

    /// <summary>L'opération du module de production réalisée sur le site (statuts « en opération », « construit »).
    /// </summary>
    public int? OperationId { get; set; }
    public decimal? Longitude { get; set; }
    public decimal? Latitude { get; set; }

    /// <summary>Géométrie GeoJSON (Point, Polygon ou MultiPolygon, WGS 84) quand le fichier la donne.</summary>
    public string? Geometrie { get; set; }
    public string? Observations { get; set; }

    /// <summary>Donnée fictive du jeu de démonstration.</summary>
    public bool Demonstration { get; set; }
    public DateTimeOffset CreeLe { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public IEnumerable<string> Idus =>
        Parcelles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool Localise => Longitude is not null && Latitude is not null;
}
