namespace Pilotis.Domain.Sru;

/// <summary>
/// Every SRU figure that a law or a decree changes, as one dated row (DESIGN: "parameters are
/// data"). The rules in <see cref="CalculSru"/> never hold a literal: they read it here, so a new
/// law is a new row, not a code change. Rates are fractions (0.25 = 25 %), amounts are euros.
/// </summary>
public sealed record ParametresSru
{
    /// <summary>First day the row applies (inclusive).</summary>
    public required DateOnly ValideDepuis { get; init; }

    /// <summary>Last day the row applies (inclusive); null while in force with no known end.</summary>
    public DateOnly? ValideJusqua { get; init; }

    /// <summary>Legal texts the figures come from, shown to the user next to every result.</summary>
    public required string Source { get; init; }

    // --- Période triennale (CCH L302-8) ---

    /// <summary>
    /// Une période triennale de référence : toutes les autres s'en déduisent par pas de trois ans. La loi 3DS
    /// (n° 2022-217) cale les périodes sur 2023-2025.
    /// </summary>
    public required PeriodeTriennale PeriodeReference { get; init; }

    // --- Assujettissement (CCH L302-5 I) ---

    /// <summary>Minimum population of a subject commune outside Île-de-France ("au moins égale à").</summary>
    public required int SeuilPopulationCommune { get; init; }

    /// <summary>Minimum population of a subject commune in Île-de-France ("au moins égale à").</summary>
    public required int SeuilPopulationCommuneIleDeFrance { get; init; }

    /// <summary>The agglomeration or EPCI must have strictly more inhabitants than this ("de plus de").</summary>
    public required int SeuilPopulationAgglomeration { get; init; }

    /// <summary>The agglomeration or EPCI must contain a commune of strictly more inhabitants than this.</summary>
    public required int SeuilPopulationVilleCentre { get; init; }

    // --- Taux cible (CCH L302-5 I and II) ---

    /// <summary>Target share of social units among résidences principales, general case.</summary>
    public required decimal TauxCibleNormal { get; init; }

    /// <summary>Reduced target where the tension ratio is below <see cref="SeuilTensionTauxReduit"/>.</summary>
    public required decimal TauxCibleReduit { get; init; }

    /// <summary>Demands per move-in below which the reduced target applies (decree per period).</summary>
    public required decimal SeuilTensionTauxReduit { get; init; }

    /// <summary>Demands per move-in below which a commune may be exempted by decree (CCH L302-5 III).</summary>
    public required decimal SeuilTensionExemption { get; init; }

    // --- Objectif triennal (CCH L302-8) ---

    /// <summary>Share of the missing units to finance over the period, general case.</summary>
    public required decimal PartRattrapageBase { get; init; }

    /// <summary>Share when the commune is between 2 and 4 points below its target.</summary>
    public required decimal PartRattrapageRenforcee { get; init; }

    /// <summary>Share when the commune is less than 2 points below its target.</summary>
    public required decimal PartRattrapageIntegrale { get; init; }

    /// <summary>Gap to the target (in rate, 0.04 = 4 points) up to which the reinforced share applies.</summary>
    public required decimal EcartRattrapageRenforce { get; init; }

    /// <summary>Gap to the target below which the whole deficit is due in one period.</summary>
    public required decimal EcartRattrapageIntegral { get; init; }

    /// <summary>
    /// Shares for newly subject communes, by rank of their full triennial period (index 0 = first).
    /// They replace the gap bands for those communes.
    /// </summary>
    public required IReadOnlyList<decimal> PartsRattrapageNouvellementSoumise { get; init; }

    /// <summary>Minimum PLAI share of the objective (CCH L302-8 III).</summary>
    public required decimal PartPlaiMinimum { get; init; }

    /// <summary>Maximum PLS share of the objective, general case.</summary>
    public required decimal PartPlsMaximum { get; init; }

    /// <summary>
    /// Maximum PLS share when the rate is below <see cref="SeuilTauxPlsRestreint"/> and no PLH covers the commune.
    /// </summary>
    public required decimal PartPlsMaximumRestreinte { get; init; }

    /// <summary>Rate under which (strictly) the PLS share is restricted when there is no PLH.</summary>
    public required decimal SeuilTauxPlsRestreint { get; init; }

    // --- Prélèvement (CCH L302-7) ---

    /// <summary>Share of the potentiel fiscal per inhabitant levied per missing unit.</summary>
    public required decimal TauxPrelevement { get; init; }

    /// <summary>Cap as a share of real operating expenses of year N−2, general case.</summary>
    public required decimal TauxPlafondPrelevement { get; init; }

    /// <summary>Cap for communes whose potentiel fiscal per inhabitant is high (see next figure).</summary>
    public required decimal TauxPlafondPrelevementMajore { get; init; }

    /// <summary>
    /// Ratio to the median potentiel fiscal per inhabitant of levied communes from which the higher cap applies
    /// ("supérieur ou égal").
    /// </summary>
    public required decimal RatioMedianePlafondMajore { get; init; }

    /// <summary>Net levy strictly below this amount is not collected.</summary>
    public required decimal SeuilPrelevement { get; init; }

    /// <summary>Rate from which (strictly above) a DSU commune with a 25 % target is not levied.</summary>
    public required decimal SeuilExonerationDsuTauxNormal { get; init; }

    /// <summary>Rate from which (strictly above) a DSU commune with a reduced target is not levied.</summary>
    public required decimal SeuilExonerationDsuTauxReduit { get; init; }

    // --- Carence (CCH L302-9-1) ---

    /// <summary>Maximum multiplier of the levy in an arrêté de carence (always within the cap).</summary>
    public required decimal CoefficientMajorationCarenceMaximum { get; init; }

    // --- Inventaire (CCH L302-5 IV) ---

    /// <summary>Places of a logement-foyer that count as one social unit (integer division).</summary>
    public required int PlacesFoyerParLogement { get; init; }

    /// <summary>True when <paramref name="date"/> falls within the validity of this row.</summary>
    public bool EstEnVigueurLe(DateOnly date) =>
        ValideDepuis <= date && (ValideJusqua is null || date <= ValideJusqua.Value);

    /// <summary>
    /// Figures for the seventh triennial period (2023–2025), from DOMAIN §3 (loi SRU as amended by
    /// loi 3DS n° 2022-217 of 21 February 2022). Figures marked "uncertain" are the best reading
    /// available and must be checked against Légifrance by an administrator before official use.
    /// </summary>
    public static ParametresSru Periode2023_2025 { get; } =
        new()
        {
            ValideDepuis = new DateOnly(2023, 1, 1),
            ValideJusqua = new DateOnly(2025, 12, 31),
            Source =
                "CCH L302-5 à L302-9-1 (loi SRU n° 2000-1208, modifiée par la loi 3DS n° 2022-217) ; "
                + "période triennale 2023-2025",
            PeriodeReference = new PeriodeTriennale(2023),
            SeuilPopulationCommune = 3_500,
            SeuilPopulationCommuneIleDeFrance = 1_500,
            SeuilPopulationAgglomeration = 50_000,
            SeuilPopulationVilleCentre = 15_000,
            TauxCibleNormal = 0.25m,
            TauxCibleReduit = 0.20m,
            // 2023-2025 decree: fewer than 4 demands per move-in (DOMAIN §3).
            SeuilTensionTauxReduit = 4m,
            SeuilTensionExemption = 2m,
            PartRattrapageBase = 0.33m,
            PartRattrapageRenforcee = 0.50m,
            PartRattrapageIntegrale = 1.00m,
            EcartRattrapageRenforce = 0.04m,
            EcartRattrapageIntegral = 0.02m,
            // Uncertain: loi 3DS schedule for newly subject communes (15 %, 25 %, 33 %, 50 %, 100 %
            // for the 1st to 5th full period) as recalled, not verified on Légifrance.
            PartsRattrapageNouvellementSoumise = [0.15m, 0.25m, 0.33m, 0.50m, 1.00m],
            PartPlaiMinimum = 0.30m,
            PartPlsMaximum = 0.30m,
            PartPlsMaximumRestreinte = 0.20m,
            SeuilTauxPlsRestreint = 0.10m,
            TauxPrelevement = 0.25m,
            TauxPlafondPrelevement = 0.05m,
            TauxPlafondPrelevementMajore = 0.075m,
            RatioMedianePlafondMajore = 1.5m,
            SeuilPrelevement = 4_000m,
            // Uncertain: DSU communes are not levied above 20 % (25 % target) or 15 % (20 % target);
            // L302-7 al. 1 as recalled, not in DOMAIN §3.
            SeuilExonerationDsuTauxNormal = 0.20m,
            SeuilExonerationDsuTauxReduit = 0.15m,
            CoefficientMajorationCarenceMaximum = 5m,
            PlacesFoyerParLogement = 3,
        };

    /// <summary>
    /// Consistency of a row before an administrator saves it (field names are the property names
    /// in camelCase). Catches the mistakes that would silently distort every result: a percentage
    /// typed as 25 instead of 0.25, an inverted band, a zero divisor.
    /// </summary>
    public IReadOnlyList<ErreurChamp> Valider()
    {
        var erreurs = new List<ErreurChamp>();
        if (ValideJusqua is DateOnly fin && fin < ValideDepuis)
        {
            erreurs.Add(new("valideJusqua", "La fin de validité ne peut pas précéder son début."));
        }
        if (string.IsNullOrWhiteSpace(Source))
        {
            erreurs.Add(new("source", "La source (texte légal) est obligatoire."));
        }
        Positif(erreurs, "seuilPopulationCommune", SeuilPopulationCommune);
        Positif(erreurs, "seuilPopulationCommuneIleDeFrance", SeuilPopulationCommuneIleDeFrance);
        Positif(erreurs, "seuilPopulationAgglomeration", SeuilPopulationAgglomeration);
        Positif(erreurs, "seuilPopulationVilleCentre", SeuilPopulationVilleCentre);
        Positif(erreurs, "placesFoyerParLogement", PlacesFoyerParLogement);
        Fraction(erreurs, "tauxCibleNormal", TauxCibleNormal);
        Fraction(erreurs, "tauxCibleReduit", TauxCibleReduit);
        Fraction(erreurs, "partRattrapageBase", PartRattrapageBase);
        Fraction(erreurs, "partRattrapageRenforcee", PartRattrapageRenforcee);
        Fraction(erreurs, "partRattrapageIntegrale", PartRattrapageIntegrale);
        Fraction(erreurs, "ecartRattrapageRenforce", EcartRattrapageRenforce);
        Fraction(erreurs, "ecartRattrapageIntegral", EcartRattrapageIntegral);
        Fraction(erreurs, "partPlaiMinimum", PartPlaiMinimum);
        Fraction(erreurs, "partPlsMaximum", PartPlsMaximum);
        Fraction(erreurs, "partPlsMaximumRestreinte", PartPlsMaximumRestreinte);
        Fraction(erreurs, "seuilTauxPlsRestreint", SeuilTauxPlsRestreint);
        Fraction(erreurs, "tauxPrelevement", TauxPrelevement);
        Fraction(erreurs, "tauxPlafondPrelevement", TauxPlafondPrelevement);
        Fraction(erreurs, "tauxPlafondPrelevementMajore", TauxPlafondPrelevementMajore);
        Fraction(erreurs, "seuilExonerationDsuTauxNormal", SeuilExonerationDsuTauxNormal);
        Fraction(erreurs, "seuilExonerationDsuTauxReduit", SeuilExonerationDsuTauxReduit);
        for (var i = 0; i < PartsRattrapageNouvellementSoumise.Count; i++)
        {
            Fraction(erreurs, $"partsRattrapageNouvellementSoumise[{i}]", PartsRattrapageNouvellementSoumise[i]);
        }
        if (EcartRattrapageIntegral > EcartRattrapageRenforce)
        {
            erreurs.Add(
                new(
                    "ecartRattrapageIntegral",
                    "L'écart du rattrapage intégral doit être inférieur ou égal à celui du rattrapage renforcé."
                )
            );
        }
        if (SeuilPrelevement < 0m)
        {
            erreurs.Add(new("seuilPrelevement", "Le seuil de prélèvement doit être positif ou nul."));
        }
        if (RatioMedianePlafondMajore <= 0m || SeuilTensionTauxReduit < 0m || SeuilTensionExemption < 0m)
        {
            erreurs.Add(new("ratioMedianePlafondMajore", "Les ratios (médiane, tension) doivent être positifs."));
        }
        if (CoefficientMajorationCarenceMaximum < 1m)
        {
            erreurs.Add(
                new("coefficientMajorationCarenceMaximum", "Le coefficient de majoration maximal doit être au moins 1.")
            );
        }
        return erreurs;
    }

    private static void Positif(List<ErreurChamp> erreurs, string champ, int valeur)
    {
        if (valeur <= 0)
        {
            erreurs.Add(new(champ, "La valeur doit être strictement positive."));
        }
    }

    private static void Fraction(List<ErreurChamp> erreurs, string champ, decimal valeur)
    {
        if (valeur is < 0m or > 1m)
        {
            erreurs.Add(new(champ, "Le taux doit être compris entre 0 et 1 (par exemple 0,25 pour 25 %)."));
        }
    }

    /// <summary>The rows seeded in code; the database copy (editable) takes over once imported.</summary>
    public static IReadOnlyList<ParametresSru> Connus { get; } = [Periode2023_2025];

    /// <summary>
    /// Row in force at <paramref name="date"/>: among the rows whose validity covers the date, the one
    /// that started last (a later row corrects an earlier open-ended one). Null when none applies.
    /// </summary>
    public static ParametresSru? EnVigueur(IEnumerable<ParametresSru> lignes, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(lignes);
        ParametresSru? retenue = null;
        foreach (var ligne in lignes)
        {
            if (ligne.EstEnVigueurLe(date) && (retenue is null || ligne.ValideDepuis > retenue.ValideDepuis))
            {
                retenue = ligne;
            }
        }
        return retenue;
    }

    /// <summary>
    /// Règles applicables à une date parmi les lignes connues : la ligne en vigueur, ou à défaut la dernière ligne
    /// commencée avant la date (la première connue si la date les précède toutes). Règle unique des pages, de l'API,
    /// de la ligne de commande, de l'import et du semis.
    /// </summary>
    public static ParametresSru PourDate(DateOnly date) =>
        EnVigueur(Connus, date)
        ?? Connus.Where(l => l.ValideDepuis <= date).MaxBy(l => l.ValideDepuis)
        ?? Connus.MinBy(l => l.ValideDepuis)!;

    /// <summary>Règles d'une année d'inventaire : celles en vigueur au 1er janvier (CCH L302-5 IV).</summary>
    public static ParametresSru PourAnnee(int annee) => PourDate(new DateOnly(annee, 1, 1));

    /// <summary>La période triennale (CCH L302-8) qui contient <paramref name="annee"/>, selon cette ligne.</summary>
    public PeriodeTriennale PeriodeContenant(int annee) => PeriodeTriennale.Contenant(annee, PeriodeReference);

    /// <summary>La période triennale où commence cette ligne (celle que la ligne règle).</summary>
    public PeriodeTriennale PeriodeDeLaLigne => PeriodeContenant(ValideDepuis.Year);

    /// <summary>La période triennale contenant une année, selon les règles de cette année.</summary>
    public static PeriodeTriennale Periode(int annee) => PourAnnee(annee).PeriodeContenant(annee);

    /// <summary>Dernière période triennale entièrement close à une date (en 2026 : 2023-2025).</summary>
    public static PeriodeTriennale DerniereClose(DateOnly date) => Periode(date.Year).Precedente;

    /// <summary>As <see cref="EnVigueur"/>, but a missing row is a configuration error.</summary>
    public static ParametresSru EnVigueurObligatoire(IEnumerable<ParametresSru> lignes, DateOnly date) =>
        EnVigueur(lignes, date)
        ?? throw new InvalidOperationException($"Aucun paramètre SRU n'est en vigueur le {date:dd/MM/yyyy}.");
}
