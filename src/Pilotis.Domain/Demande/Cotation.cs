namespace Pilotis.Domain.Demande;

/// <summary>Nature d'un critère de la grille de cotation (CCH L441-2-8 ; exemples de DOMAIN §4.2).</summary>
public enum TypeCritere
{
    /// <summary>Un critère de priorité L441-1 (paramètre : la valeur de <see cref="CriteresPrioritaires"/>).</summary>
    CriterePrioritaire = 0,

    /// <summary>Ménage reconnu prioritaire et urgent au titre du DALO.</summary>
    Dalo = 1,

    /// <summary>Ancienneté : points par mois entier depuis le dépôt, dans la limite du plafond.</summary>
    AncienneteParMois = 2,

    /// <summary>Urgence ou motif de la demande (paramètre : la valeur de <see cref="MotifsDemande"/>).</summary>
    Motif = 3,

    /// <summary>Ressources par UC inférieures ou égales au seuil du premier quartile de l'EPCI.</summary>
    PremierQuartile = 4,

    /// <summary>Habite une commune de l'EPCI.</summary>
    HabiteEpci = 5,

    /// <summary>Travaille dans une commune de l'EPCI.</summary>
    TravailleEpci = 6,

    /// <summary>Le ménage compte une personne en situation de handicap.</summary>
    Handicap = 7,

    /// <summary>Demande de mutation (déjà locataire du parc social) ; les points peuvent être négatifs.</summary>
    Mutation = 8,

    /// <summary>Situation de logement actuelle (paramètre : la valeur de <see cref="SituationLogement"/>).</summary>
    SituationLogement = 9,
}

/// <summary>Un critère de la grille : sa nature, son paramètre éventuel, ses points et, pour l'ancienneté, son plafond.</summary>
public sealed record CritereCotation(TypeCritere Type, int Parametre, decimal Points, decimal? Plafond, string Libelle);

public enum StatutGrille
{
    Brouillon = 0,
    Publiee = 1,

    /// <summary>Remplacée par une version publiée plus récente ; gardée pour expliquer les scores passés.</summary>
    Archivee = 2,
}

/// <summary>
/// Une version de la grille de cotation d'un EPCI (CCH L441-2-8, PPGDID). Une seule version publiée à la fois ;
/// publier une nouvelle version archive la précédente, qui reste consultable pour recalculer un score à une date.
/// </summary>
public sealed class GrilleCotation
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public int Version { get; set; }
    public StatutGrille Statut { get; set; }
    public string? Commentaire { get; set; }
    public List<CritereCotation> Criteres { get; set; } = [];
    public DateTimeOffset CreeeLe { get; set; }
    public DateOnly? PublieeLe { get; set; }

    /// <summary>Date de fin d'application (publication de la version suivante).</summary>
    public DateOnly? ArchiveeLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}

/// <summary>Ce qu'un critère a rapporté à une demande, et pourquoi, en français.</summary>
public sealed record LigneScore(CritereCotation Critere, decimal Points, string Explication);

public sealed record ScoreExplique(decimal Total, IReadOnlyList<LigneScore> Lignes);

/// <summary>Contexte d'une cotation : la date, le seuil du premier quartile et les communes de l'EPCI de la grille.</summary>
public sealed record ContexteCotation(DateOnly Date, decimal? SeuilPremierQuartile, IReadOnlySet<string> CommunesEpci);
