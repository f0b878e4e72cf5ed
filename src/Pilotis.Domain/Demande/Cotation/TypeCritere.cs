namespace Pilotis.Domain.Demande.Cotation;

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
