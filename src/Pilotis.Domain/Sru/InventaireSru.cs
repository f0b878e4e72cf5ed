namespace Pilotis.Domain.Sru;

/// <summary>
/// Inventaire SRU d'une commune au 1er janvier d'une année (CCH L302-5 IV) et les données du calcul de cette
/// année : situation (soumise, exemptée), taux cible, données fiscales, logements agréés dans l'année (pour le bilan).
/// Saisi par la DDTM ou importé (docs/formats/inventaire-sru.md) ; une ligne par commune et par année.
/// </summary>
public sealed class InventaireSru
{
    public int Id { get; set; }
    public required string CommuneCode { get; init; }

    /// <summary>Année de l'inventaire (au 1er janvier) ; c'est aussi l'année du calcul du prélèvement.</summary>
    public required int Annee { get; init; }
    public int ResidencesPrincipales { get; set; }
    public int Plai { get; set; }
    public int Plus { get; set; }
    public int Pls { get; set; }

    /// <summary>Places de logements-foyers et résidences sociales (3 places = 1 logement).</summary>
    public int PlacesFoyer { get; set; }
    public int PslaBrs { get; set; }
    public int Autres { get; set; }
    public bool Soumise { get; set; }

    /// <summary>Pourquoi la commune est (ou n'est pas) soumise, en clair.</summary>
    public string? Motif { get; set; }

    /// <summary>Taux cible : 0,25 ou 0,20 (CCH L302-5 I et II).</summary>
    public decimal TauxCible { get; set; } = 0.25m;
    public string? DecretExemption { get; set; }
    public DateOnly? ExemptionDebut { get; set; }
    public DateOnly? ExemptionFin { get; set; }
    public decimal PotentielFiscalParHabitant { get; set; }

    /// <summary>Dépenses réelles de fonctionnement du compte administratif N−2 (base du plafond).</summary>
    public decimal DepensesReellesFonctionnement { get; set; }
    public bool CouverteParPlh { get; set; }
    public bool BeneficieDsu { get; set; }
    public int? RangPeriodeNouvellementSoumise { get; set; }

    /// <summary>Logements sociaux agréés (financés) dans l'année, par produit : alimente le bilan triennal.</summary>
    public int AgreesPlai { get; set; }
    public int AgreesPlus { get; set; }
    public int AgreesPls { get; set; }
    public required string Source { get; set; }
    public bool Demonstration { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public InventaireLogementsSociaux Inventaire =>
        new()
        {
            Plai = Plai,
            Plus = Plus,
            Pls = Pls,
            PlacesFoyer = PlacesFoyer,
            PslaBrs = PslaBrs,
            Autres = Autres,
        };

    public bool ExempteeLe(DateOnly date) =>
        DecretExemption is not null && ExemptionDebut <= date && (ExemptionFin is null || date <= ExemptionFin);

    /// <summary>
    /// Données du calcul de l'année, avec les dépenses déductibles validées et la majoration de carence en vigueur.
    /// </summary>
    public DonneesCalculSru VersDonnees(
        decimal depensesDeductibles,
        decimal? coefficientCarence,
        decimal? potentielFiscalMedian
    ) =>
        new()
        {
            ResidencesPrincipales = ResidencesPrincipales,
            LogementsSociaux = Inventaire,
            TauxCible = TauxCible,
            PotentielFiscalParHabitant = PotentielFiscalParHabitant,
            DepensesReellesFonctionnement = DepensesReellesFonctionnement,
            DepensesDeductibles = depensesDeductibles,
            CouverteParPlh = CouverteParPlh,
            PotentielFiscalMedian = potentielFiscalMedian,
            CoefficientMajorationCarence = coefficientCarence,
            BeneficieDsu = BeneficieDsu,
            RangPeriodeNouvellementSoumise = RangPeriodeNouvellementSoumise,
        };
}
