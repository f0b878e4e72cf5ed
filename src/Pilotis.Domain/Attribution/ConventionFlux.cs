namespace Pilotis.Domain.Attribution;

/// <summary>
/// Convention de réservation en flux entre un bailleur et un réservataire pour un département (CCH L441-1, R441-5 ;
/// loi ELAN 2018, décret n° 2020-145) : la part annuelle du flux des logements libérés, sa répartition par typologie et
/// par territoire, sa durée, sa contrepartie et les modalités de désignation des candidats.
/// </summary>
public sealed class ConventionFlux
{
    public const int LongueurTexteMaximum = 2000;

    public int Id { get; set; }
    public int BailleurId { get; set; }

    /// <summary>Organisation réservataire (service du préfet, Action Logement, collectivité).</summary>
    public int ReservataireId { get; set; }

    public Contingent Contingent { get; set; }
    public required string DepartementCode { get; set; }

    /// <summary>Part annuelle du flux, en pourcentage (0 à 100).</summary>
    public decimal PartFlux { get; set; }

    /// <summary>Dont part réservée aux agents civils et militaires de l'État (préfet seulement, ≤ 5 %).</summary>
    public decimal PartAgentsEtat { get; set; }

    /// <summary>Répartition souhaitée par typologie, en pourcentage du flux du réservataire (null :
    /// indifférent).</summary>
    public decimal? PartT1T2 { get; set; }

    public decimal? PartT3 { get; set; }
    public decimal? PartT4Plus { get; set; }

    /// <summary>Répartition territoriale : SIREN d'EPCI séparés par des virgules (vide : tout le
    /// département).</summary>
    public string? Territoires { get; set; }

    public DateOnly DateDebut { get; set; }
    public DateOnly DateFin { get; set; }

    /// <summary>Contrepartie financière ou garantie d'emprunt apportée par le réservataire (CCH R441-5).</summary>
    public string? Contrepartie { get; set; }

    /// <summary>Modalités de désignation des candidats et délais de réponse.</summary>
    public string? ModalitesDesignation { get; set; }

    /// <summary>Réservations en stock converties par cette convention (nombre de logements identifiés).</summary>
    public int ReservationsConverties { get; set; }

    /// <summary>Taux de rotation constaté sur les logements réservés convertis, en pourcentage.</summary>
    public decimal? TauxRotationReserves { get; set; }

    /// <summary>Flux annuel prévisionnel du bailleur dans le département (logements libérés hors exclusions).</summary>
    public int? FluxAnnuelPrevisionnel { get; set; }

    public StatutConvention Statut { get; set; }
    public DateOnly? SigneeLe { get; set; }
    public DateTimeOffset ModifieLe { get; set; }

    /// <summary>Vrai quand la convention s'applique à la date donnée (signée, dans sa durée).</summary>
    public bool EnVigueurLe(DateOnly date) => Statut == StatutConvention.Signee && date >= DateDebut && date <= DateFin;
}
