namespace Pilotis.Domain.Demande;

/// <summary>
/// Statut enregistré d'une demande. « À renouveler » n'est pas stocké : il se déduit de la date de fin de
/// validité et de l'horloge (<see cref="EcheancesDemande.Etat"/>).
/// </summary>
public enum StatutDemande
{
    Active = 0,

    /// <summary>Radiée (CCH R441-2-8) : non-renouvellement, renonciation, irrecevabilité, absence de réponse.</summary>
    Radiee = 1,

    /// <summary>Satisfaite : radiée pour attribution d'un logement (bail signé).</summary>
    Satisfaite = 2,
}

/// <summary>État affiché, calculé à une date : le statut enregistré plus « à renouveler ».</summary>
public enum EtatDemande
{
    Active,
    ARenouveler,
    Radiee,
    Satisfaite,
}

/// <summary>Motifs de radiation du système national d'enregistrement (CCH R441-2-8).</summary>
public enum MotifRadiation
{
    /// <summary>Attribution d'un logement : la demande est satisfaite.</summary>
    Attribution = 0,
    NonRenouvellement = 1,
    Renonciation = 2,
    Irrecevabilite = 3,
    AbsenceReponse = 4,
}

/// <summary>Situation de logement actuelle du demandeur (formulaire CERFA 14069).</summary>
public enum SituationLogement
{
    SansLogement = 0,
    Heberge = 1,
    LogementTemporaire = 2,
    LocataireParcSocial = 3,
    LocataireParcPrive = 4,
    Proprietaire = 5,
    Autre = 6,
}

/// <summary>Motifs de la demande (plusieurs possibles).</summary>
[Flags]
public enum MotifsDemande
{
    Aucun = 0,
    SansLogement = 1 << 0,
    Heberge = 1 << 1,
    LogementIndigne = 1 << 2,
    Handicap = 1 << 3,
    Violences = 1 << 4,
    LoyerTropCher = 1 << 5,
    Divorce = 1 << 6,
    RapprochementTravail = 1 << 7,
    LogementTropPetit = 1 << 8,
    LogementRepris = 1 << 9,
    RaisonsSante = 1 << 10,
    Autre = 1 << 11,
}

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

    /// <summary>c) Personnes mal logées ou défavorisées rencontrant des difficultés particulières de logement.</summary>
    MalLogeDefavorise = 1 << 2,

    /// <summary>d) Personnes hébergées ou logées temporairement dans un établissement ou un logement de transition.</summary>
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

    /// <summary>j) Personnes ayant à leur charge un enfant mineur et logées dans des locaux sur-occupés ou non décents.</summary>
    SurOccupationAvecEnfant = 1 << 9,
}

/// <summary>Typologies souhaitées (plusieurs possibles).</summary>
[Flags]
public enum Typologies
{
    Aucune = 0,
    T1 = 1 << 0,
    T2 = 1 << 1,
    T3 = 1 << 2,
    T4 = 1 << 3,
    T5 = 1 << 4,
    T6Plus = 1 << 5,
}

/// <summary>Produits auxquels les ressources du ménage ouvrent droit, calculés avec le barème en vigueur.</summary>
[Flags]
public enum ProduitsEligibles
{
    Aucun = 0,
    Plai = 1 << 0,
    Plus = 1 << 1,
    Pls = 1 << 2,
}

/// <summary>Lien d'un membre du ménage avec le demandeur.</summary>
public enum LienMembre
{
    Demandeur = 0,
    ConjointOuCoDemandeur = 1,
    Enfant = 2,
    Ascendant = 3,
    AutrePersonne = 4,
}

/// <summary>Une personne du ménage : lien, âge, handicap, et si elle est fiscalement à charge.</summary>
public sealed record MembreMenage(LienMembre Lien, int Age, bool Handicap, bool ACharge);

/// <summary>
/// Une demande de logement social (DOMAIN §4) enregistrée par un guichet. Elle porte des données personnelles :
/// elle n'est jamais journalisée valeur par valeur, et ses données personnelles sont effacées après la radiation
/// et le délai de conservation (<see cref="EcheancesDemande"/>, RGPD). Les colonnes dérivées (catégorie, UC,
/// ressources par UC, produits éligibles, commune et EPCI du premier choix) sont recalculées à chaque écriture
/// par <see cref="CalculsDemande.Actualiser"/> pour filtrer et classer en SQL.
/// </summary>
public sealed class DemandeLogement
{
    public long Id { get; set; }

    /// <summary>
    /// Longueur maximale du numéro unique : la seule définition, reprise par la validation, la colonne (EF Core et
    /// écriture en masse), les formulaires et l'import.
    /// </summary>
    public const int LongueurNumeroUniqueMaximum = 40;

    /// <summary>Numéro unique départemental du SNE ; chaîne opaque, unique.</summary>
    public required string NumeroUnique { get; set; }
    public required string DepartementCode { get; set; }

    /// <summary>Guichet enregistreur (bailleur, commune, DDTM) ; absent pour une demande importée de l'extrait national.</summary>
    public int? GuichetId { get; set; }

    public List<MembreMenage> Membres { get; set; } = [];

    /// <summary>Jeune couple (somme des âges ≤ 55 ans, mariés/pacsés depuis moins de 5 ans) : déclaré par le guichet.</summary>
    public bool JeuneCouple { get; set; }

    /// <summary>Revenu fiscal de référence de l'année N−2, en euros (seul revenu pris pour les plafonds).</summary>
    public decimal RevenuFiscalReference { get; set; }

    /// <summary>Ressources mensuelles actuelles du ménage, en euros.</summary>
    public decimal RessourcesMensuelles { get; set; }

    public SituationLogement SituationLogement { get; set; }
    public MotifsDemande Motifs { get; set; }

    /// <summary>Commune de résidence actuelle (lien au territoire de la cotation).</summary>
    public string? CommuneResidenceCode { get; set; }

    /// <summary>Commune du lieu de travail (lien au territoire de la cotation).</summary>
    public string? CommuneTravailCode { get; set; }

    /// <summary>Communes souhaitées, par ordre de préférence (rang 1 = premier choix).</summary>
    public List<CommuneSouhaitee> Communes { get; set; } = [];

    /// <summary>Typologie recherchée en premier : sert aux « demandes similaires » (même commune, même typologie).</summary>
    public Typologies TypologiePrincipale { get; set; }

    /// <summary>Toutes les typologies acceptées, dont la principale.</summary>
    public Typologies TypologiesSouhaitees { get; set; }

    /// <summary>Déjà locataire du parc social (demande de mutation).</summary>
    public bool Mutation { get; set; }

    /// <summary>Reconnu prioritaire et urgent par la commission de médiation (CCH L441-2-3).</summary>
    public bool Dalo { get; set; }
    public CriteresPrioritaires CriteresPrioritaires { get; set; }

    public DateOnly DateDepot { get; set; }

    /// <summary>Dernier renouvellement ; absent tant que la demande n'a jamais été renouvelée.</summary>
    public DateOnly? DateRenouvellement { get; set; }

    /// <summary>Fin de validité : un an après le dépôt ou le dernier renouvellement.</summary>
    public DateOnly DateFinValidite { get; set; }

    public StatutDemande Statut { get; set; }
    public MotifRadiation? MotifRadiation { get; set; }

    /// <summary>Date de radiation ; pour une demande satisfaite, date de l'attribution (signature du bail).</summary>
    public DateOnly? DateRadiation { get; set; }

    /// <summary>Commune du logement attribué (demande satisfaite) : sert à la pression par commune.</summary>
    public string? CommuneAttributionCode { get; set; }

    /// <summary>Date à laquelle les données personnelles ont été effacées (après radiation et délai de conservation).</summary>
    public DateOnly? DatePurge { get; set; }

    // Colonnes dérivées, recalculées par CalculsDemande.Actualiser.
    public int NombrePersonnes { get; set; }
    public int PersonnesACharge { get; set; }
    public bool Handicap { get; set; }
    public int Categorie { get; set; }

    /// <summary>Unités de consommation (échelle OCDE modifiée).</summary>
    public decimal UnitesConsommation { get; set; }

    /// <summary>Ressources annuelles (mensuelles × 12) par unité de consommation, pour les quartiles (CCH L441-1).</summary>
    public decimal RessourcesParUc { get; set; }
    public ProduitsEligibles ProduitsEligibles { get; set; }

    /// <summary>Premier choix de commune, recopié pour filtrer sans jointure.</summary>
    public string? CommunePrincipaleCode { get; set; }

    /// <summary>EPCI du premier choix : sa grille de cotation s'applique.</summary>
    public string? EpciSiren { get; set; }

    // Cotation : dernier score calculé et la version de grille utilisée, pour expliquer et reclasser.
    public decimal? Score { get; set; }
    public int? GrilleCotationId { get; set; }
    public DateOnly? DateCotation { get; set; }

    public DateTimeOffset CreeeLe { get; set; }
    public DateTimeOffset ModifieeLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public bool EstPurgee => DatePurge is not null;
}

/// <summary>Une commune souhaitée d'une demande, avec son rang de préférence.</summary>
public sealed class CommuneSouhaitee
{
    public long DemandeId { get; set; }
    public int Rang { get; set; }
    public required string CommuneCode { get; set; }
}
