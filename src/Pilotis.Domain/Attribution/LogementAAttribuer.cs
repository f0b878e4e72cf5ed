namespace Pilotis.Domain.Attribution;

/// <summary>
/// Un logement à attribuer : libéré par un congé ou livré par un programme neuf. Il entre dans le flux de l'année de sa
/// disponibilité (sauf exclusion motivée, ou réservation restée en stock), est orienté vers un réservataire (ou le
/// bailleur), reçoit des candidats désignés, passe en CALEOL et finit par un bail signé.
/// </summary>
public sealed class LogementAAttribuer
{
    public const int LongueurMotifMaximum = 500;

    public int Id { get; set; }
    public int LogementId { get; set; }
    public OrigineDisponibilite Origine { get; set; }

    /// <summary>Date du congé donné par le locataire (libération) ; absente pour une mise en service.</summary>
    public DateOnly? DateConge { get; set; }

    /// <summary>Date prévue de disponibilité : elle fixe l'année du flux.</summary>
    public DateOnly DateDisponibilite { get; set; }

    public MotifExclusionFlux Exclusion { get; set; }

    /// <summary>Réservation restée en stock (défense, sécurité intérieure, santé) au moment de la
    /// déclaration.</summary>
    public ReservationNonConvertie ReservationNonConvertie { get; set; }

    public EtapeAttribution Etape { get; set; }

    /// <summary>Réservataire proposé par l'orientation automatique ; null : le bailleur lui-même.</summary>
    public int? ReservataireProposeId { get; set; }

    /// <summary>Contingent proposé par l'orientation automatique.</summary>
    public Contingent? ContingentPropose { get; set; }

    /// <summary>Explication de la proposition (soldes par réservataire, typologie, géographie).</summary>
    public string? ExplicationOrientation { get; set; }

    /// <summary>Réservataire retenu ; null avec le contingent Bailleur : logement non réservé.</summary>
    public int? ReservataireId { get; set; }

    public Contingent? Contingent { get; set; }

    /// <summary>Motif donné par le bailleur quand il s'écarte de la proposition.</summary>
    public string? MotifDerogation { get; set; }

    public DateTimeOffset? OrienteLe { get; set; }

    /// <summary>Exception à la règle des trois candidats, nommée quand moins de trois sont désignés.</summary>
    public ExceptionTroisCandidats ExceptionCandidats { get; set; }

    public DateTimeOffset DeclareLe { get; set; }

    /// <summary>Année du flux où le logement compte (année de disponibilité).</summary>
    public int AnneeFlux => DateDisponibilite.Year;

    /// <summary>Vrai quand le logement compte dans l'assiette du flux annuel (DOMAIN §5, décret du 20 février
    /// 2020).</summary>
    public bool DansLeFlux =>
        Exclusion == MotifExclusionFlux.Aucun && ReservationNonConvertie == ReservationNonConvertie.Aucune;
}
