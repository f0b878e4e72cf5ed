namespace Pilotis.Domain.Demande;

/// <summary>
/// Critères de priorité de l'article L441-1 du CCH (a à j), tels que le guichet les constate.
/// La reconnaissance DALO (L441-2-3) est portée à part (<see cref="DemandeLogement.Dalo"/>).
/// </summary>
[Flags]
public enum CriteresPrioritaires
{
    Aucun = 0,

    /// <summary>a) Personnes en situation de handicap ou familles ayant à leur charge une telle personne.</summary>
    Handicap = 1 << 0,

    /// <summary>b) Personnes sortant d'un appartement de coordination thérapeutique.</summary>
    SortieCoordinationTherapeutique = 1 << 1,

    /// <summary>c) Personnes mal logées ou défavorisées rencontrant des difficultés particulières de
    /// logement.</summary>
    MalLogeDefavorise = 1 << 2,

    /// <summary>d) Personnes hébergées ou logées temporairement dans un établissement ou un logement de
    /// transition.</summary>
    HebergementTransition = 1 << 3,

    /// <summary>e) Personnes reprenant une activité après une période de chômage de longue durée.</summary>
    RepriseActivite = 1 << 4,

    /// <summary>f) Personnes exposées à des situations d'habitat indigne.</summary>
    HabitatIndigne = 1 << 5,

    /// <summary>g) Personnes victimes de violences au sein du couple ou menacées de mariage forcé.</summary>
    Violences = 1 << 6,

    /// <summary>h) Personnes engagées dans le parcours de sortie de la prostitution.</summary>
    SortieProstitution = 1 << 7,

    /// <summary>i) Victimes de traite des êtres humains ou de proxénétisme.</summary>
    VictimeTraite = 1 << 8,

    /// <summary>j) Personnes ayant à leur charge un enfant mineur et logées dans des locaux sur-occupés ou non
    /// décents.</summary>
    SurOccupationAvecEnfant = 1 << 9,
}
