namespace Pilotis.Domain.Demande;

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

    /// <summary>Guichet enregistreur (bailleur, commune, DDTM) ; absent pour une demande importée de l'extrait
    /// national.</summary>
    public int? GuichetId { get; set; }

    public List<MembreMenage> Membres { get; set; } = [];

    /// <summary>Jeune couple (somme des âges ≤ 55 ans, mariés/pacsés depuis moins de 5 ans) : déclaré par le
    /// guichet.</summary>
    public bool JeuneCouple { get; set; }

    /// <summary>Revenu fiscal de référence de l'année N−2, en euros (règle générale des plafonds).</summary>
    public decimal RevenuFiscalReference { get; set; }

    /// <summary>Origine des ressources comparées aux plafonds, déclarée par le guichet (N−2 par défaut ; arrêté du
    /// 29 juillet 1987, art. 3).</summary>
    public OrigineRessources OrigineRessources { get; set; }

    /// <summary>Revenu fiscal de référence de l'année N−1, en euros, quand il est déclaré.</summary>
    public decimal? RevenuFiscalReferenceN1 { get; set; }

    /// <summary>Ressources des douze derniers mois, en euros, quand elles sont déclarées.</summary>
    public decimal? RessourcesDouzeMois { get; set; }

    /// <summary>Accident de la vie qui ouvre le droit de retenir les douze derniers mois.</summary>
    public EvenementRessources EvenementRessources { get; set; }

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

    /// <summary>Typologie recherchée en premier : sert aux « demandes similaires » (même commune, même
    /// typologie).</summary>
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

    /// <summary>Date à laquelle les données personnelles ont été effacées (après radiation et délai de
    /// conservation).</summary>
    public DateOnly? DatePurge { get; set; }

    // Colonnes dérivées, recalculées par CalculsDemande.Actualiser.
    public int NombrePersonnes { get; set; }
    public int PersonnesACharge { get; set; }
    public bool Handicap { get; set; }
    public int Categorie { get; set; }

    /// <summary>Unités de consommation (échelle OCDE modifiée).</summary>
    public decimal UnitesConsommation { get; set; }

    /// <summary>Ressources annuelles (mensuelles × 12) par unité de consommation, pour les quartiles (CCH
    /// L441-1).</summary>
    public decimal RessourcesParUc { get; set; }

    /// <summary>Montant des ressources retenues (<see cref="ChoixRessources.Retenir"/>), comparé aux plafonds, y
    /// compris par le recalcul en SQL après une modification du barème.</summary>
    public decimal RessourcesRetenues { get; set; }
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
