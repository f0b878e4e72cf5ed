namespace Pilotis.Domain.Sru;

/// <summary>
/// The yearly SRU computation of one commune, as small pure functions of the inventory and a
/// <see cref="ParametresSru"/> row: rate and missing units (CCH L302-5), triennial objective and mix
/// (L302-8), levy with cap, carence majoration and deductible expenses (L302-7, L302-9-1).
/// Comparisons are made on units in exact decimal arithmetic (LLS against rate × RP), never on a
/// divided and rounded rate, so a commune exactly at a boundary falls on the side the law says.
/// </summary>
public static class CalculSru
{
    /// <summary>
    /// Units counted for the rate: PLAI + PLUS + PLS + foyer places / 3 (integer division) + PSLA/BRS + others.
    /// </summary>
    public static long LogementsSociauxDecomptes(in InventaireLogementsSociaux inventaire, ParametresSru parametres)
    {
        ArgumentNullException.ThrowIfNull(parametres);
        return inventaire.Total(parametres.PlacesFoyerParLogement);
    }

    /// <summary>LLS / RP rounded to 4 decimals, for display (CCH L302-5 I). 0 when there is no home.</summary>
    public static decimal Taux(int residencesPrincipales, long logementsSociaux) =>
        residencesPrincipales <= 0 ? 0m : ArrondiSru.Taux((decimal)logementsSociaux / residencesPrincipales);

    /// <summary>
    /// Missing units = target × RP − LLS (CCH L302-7 al. 2), rounded up to an integer: the inventory
    /// publishes whole units and an obligation is never rounded in the commune's favour
    /// (8,001 RP at 25 % with 1,200 LLS → 2,000.25 − 1,200 → 801). 0 when the target is reached.
    /// </summary>
    public static int LogementsManquants(int residencesPrincipales, long logementsSociaux, decimal tauxCible)
    {
        var deficit = (tauxCible * residencesPrincipales) - logementsSociaux;
        return deficit <= 0m ? 0 : ArrondiSru.UnitesParExces(deficit);
    }

    /// <summary>
    /// Share of the missing units to finance over the triennial period (CCH L302-8 VII, loi 3DS).
    /// With gap = target − rate: gap &lt; 2 points → 100 %; 2 ≤ gap ≤ 4 points → 50 %; gap &gt; 4
    /// points → 33 %. Boundary choice (uncertain, DOMAIN says "between 2 and 4" and "less than 2"):
    /// exactly 2 points below is 50 %, exactly 4 points below is 50 %. A newly subject commune takes
    /// the share of its period rank instead. Works on sums too (EPCI pooling): pass the totals.
    /// </summary>
    /// <param name="residencesPrincipales">RP (or the sum over a pool).</param>
    /// <param name="logementsSociaux">LLS (or the sum over a pool).</param>
    /// <param name="unitesCibles">target × RP (or the sum over a pool, targets may differ).</param>
    /// <param name="rangNouvellementSoumise">1-based rank of the full period for a newly subject commune.</param>
    /// <param name="parametres">Row in force.</param>
    public static decimal PartRattrapage(
        decimal residencesPrincipales,
        decimal logementsSociaux,
        decimal unitesCibles,
        int? rangNouvellementSoumise,
        ParametresSru parametres
    )
    {
        ArgumentNullException.ThrowIfNull(parametres);
        if (rangNouvellementSoumise is int rang)
        {
            return PartNouvellementSoumise(rang, parametres);
        }
        // rate > target − 2 pts  ⇔  LLS > target×RP − 0.02×RP (also true when the target is met).
        if (logementsSociaux > unitesCibles - (parametres.EcartRattrapageIntegral * residencesPrincipales))
        {
            return parametres.PartRattrapageIntegrale;
        }
        if (logementsSociaux >= unitesCibles - (parametres.EcartRattrapageRenforce * residencesPrincipales))
        {
            return parametres.PartRattrapageRenforcee;
        }
        return parametres.PartRattrapageBase;
    }

    /// <summary>
    /// Catch-up share of a newly subject commune by the rank of its full triennial period (loi 3DS;
    /// uncertain schedule, see <see cref="ParametresSru.PartsRattrapageNouvellementSoumise"/>). Beyond
    /// the last listed rank the last share applies.
    /// </summary>
    public static decimal PartNouvellementSoumise(int rang, ParametresSru parametres)
    {
        ArgumentNullException.ThrowIfNull(parametres);
        ArgumentOutOfRangeException.ThrowIfLessThan(rang, 1);
        var parts = parametres.PartsRattrapageNouvellementSoumise;
        return parts.Count == 0 ? parametres.PartRattrapageBase : parts[Math.Min(rang, parts.Count) - 1];
    }

    /// <summary>
    /// PLS ceiling share (CCH L302-8 III): 30 %, or 20 % when the rate is strictly below 10 % and
    /// no PLH covers the commune.
    /// </summary>
    public static decimal PartPlsMaximum(
        int residencesPrincipales,
        long logementsSociaux,
        bool couverteParPlh,
        ParametresSru parametres
    )
    {
        ArgumentNullException.ThrowIfNull(parametres);
        var tauxFaible = logementsSociaux < parametres.SeuilTauxPlsRestreint * residencesPrincipales;
        return tauxFaible && !couverteParPlh ? parametres.PartPlsMaximumRestreinte : parametres.PartPlsMaximum;
    }

    /// <summary>
    /// Triennial objective (CCH L302-8): ceiling(share × missing); PLAI ≥ ceiling(30 % × objective),
    /// PLS ≤ floor(PLS share × objective). Worked example of DOMAIN §3: 33 % × 800 = 264, PLAI ≥ 80
    /// (79.2 rounded up), PLS ≤ 79 (79.2 rounded down).
    /// </summary>
    public static ObjectifTriennalSru ObjectifTriennal(
        int logementsManquants,
        decimal partRattrapage,
        decimal partPlsMaximum,
        ParametresSru parametres
    )
    {
        ArgumentNullException.ThrowIfNull(parametres);
        if (logementsManquants <= 0)
        {
            return new ObjectifTriennalSru(0, 0, 0, partRattrapage, parametres.PartPlaiMinimum, partPlsMaximum);
        }
        var total = ArrondiSru.UnitesParExces(partRattrapage * logementsManquants);
        return new ObjectifTriennalSru(
            total,
            ArrondiSru.UnitesParExces(parametres.PartPlaiMinimum * total),
            ArrondiSru.UnitesParDefaut(partPlsMaximum * total),
            partRattrapage,
            parametres.PartPlaiMinimum,
            partPlsMaximum
        );
    }

    /// <summary>
    /// Reduced 20 % target where the tension (demands per move-in) is below the threshold of the
    /// period (CCH L302-5 II; 4 for 2023–2025), 25 % otherwise or when the ratio is unknown.
    /// </summary>
    public static decimal TauxCibleApplicable(decimal? demandesParEmmenagement, ParametresSru parametres)
    {
        ArgumentNullException.ThrowIfNull(parametres);
        return demandesParEmmenagement is decimal tension && tension < parametres.SeuilTensionTauxReduit
            ? parametres.TauxCibleReduit
            : parametres.TauxCibleNormal;
    }

    /// <summary>
    /// Cap rate (CCH L302-7): the caller's rate when imposed; otherwise 7.5 % when the potentiel
    /// fiscal per inhabitant is at least 150 % of the median of levied communes, else 5 %.
    /// </summary>
    public static decimal TauxPlafond(
        decimal potentielFiscalParHabitant,
        decimal? potentielFiscalMedian,
        decimal? tauxImpose,
        ParametresSru parametres
    )
    {
        ArgumentNullException.ThrowIfNull(parametres);
        if (tauxImpose is decimal impose)
        {
            return impose;
        }
        return
            potentielFiscalMedian is decimal mediane
            && mediane > 0m
            && potentielFiscalParHabitant >= parametres.RatioMedianePlafondMajore * mediane
            ? parametres.TauxPlafondPrelevementMajore
            : parametres.TauxPlafondPrelevement;
    }

    /// <summary>
    /// Gross levy = 25 % × potentiel fiscal per inhabitant × missing units (CCH L302-7 al. 2), to
    /// the euro. Uses the integer missing units published by the inventory (uncertain: the text
    /// multiplies by "la différence", which some readings keep fractional).
    /// </summary>
    public static decimal PrelevementBrut(
        int logementsManquants,
        decimal potentielFiscalParHabitant,
        ParametresSru parametres
    )
    {
        ArgumentNullException.ThrowIfNull(parametres);
        return ArrondiSru.Euro(parametres.TauxPrelevement * potentielFiscalParHabitant * logementsManquants);
    }

    /// <summary>
    /// Median of the potentiel fiscal per inhabitant (the 7.5 % cap reference of L302-7). Sorts
    /// <paramref name="valeurs"/> in place; mean of the two middle values for an even count.
    /// Null for an empty set.
    /// </summary>
    public static decimal? Mediane(Span<decimal> valeurs)
    {
        if (valeurs.IsEmpty)
        {
            return null;
        }
        valeurs.Sort();
        var milieu = valeurs.Length / 2;
        return valeurs.Length % 2 == 1 ? valeurs[milieu] : (valeurs[milieu - 1] + valeurs[milieu]) / 2m;
    }

    /// <summary>
    /// The whole yearly computation for one commune. Input must have passed
    /// <see cref="ValidationSru.Valider"/>; impossible figures throw.
    /// </summary>
    public static ResultatCalculSru Calculer(in DonneesCalculSru donnees, ParametresSru parametres)
    {
        ArgumentNullException.ThrowIfNull(parametres);
        var rp = donnees.ResidencesPrincipales;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rp, nameof(donnees));
        var lls = LogementsSociauxDecomptes(donnees.LogementsSociaux, parametres);
        if (lls < 0 || lls > rp)
        {
            throw new ArgumentOutOfRangeException(
                nameof(donnees),
                "Le nombre de logements sociaux doit être compris entre 0 et le nombre de résidences principales."
            );
        }
        var manquants = LogementsManquants(rp, lls, donnees.TauxCible);
        var part = PartRattrapage(rp, lls, donnees.TauxCible * rp, donnees.RangPeriodeNouvellementSoumise, parametres);
        return CalculerAvecManquants(donnees, (int)lls, manquants, part, parametres);
    }

    /// <summary>
    /// Computation once the missing units and the catch-up share are known. Split out so that a
    /// reform scenario (EPCI pooling) can impose its own allocation of missing units while the levy
    /// and objective rules stay written once.
    /// Levy order (CCH L302-7, L302-9-1, as DOMAIN §3 states it, in the order of the paragraphs of
    /// L302-7): gross → within the cap → not levied when this capped gross amount is strictly below
    /// 4,000 € → carence multiplier, again within the cap → minus deductible expenses (never below 0,
    /// the surplus carries over). The threshold is tested before the deductions: a capped gross of
    /// 5,000 € with 2,000 € of deductions gives 3,000 €, not 0. It is also tested before the carence
    /// multiplier, which raises a levy that exists (L302-9-1 majorates « le prélèvement » of L302-7).
    /// </summary>
    /// <param name="donnees">Commune figures.</param>
    /// <param name="logementsSociaux">Units counted.</param>
    /// <param name="manquants">Missing units to levy and to catch up.</param>
    /// <param name="partRattrapage">Catch-up share.</param>
    /// <param name="parametres">Row in force.</param>
    /// <param name="medianeParDefaut">Median PF used when the commune carries neither a cap rate nor its own
    /// median.</param>
    internal static ResultatCalculSru CalculerAvecManquants(
        in DonneesCalculSru donnees,
        int logementsSociaux,
        int manquants,
        decimal partRattrapage,
        ParametresSru parametres,
        decimal? medianeParDefaut = null
    )
    {
        var rp = donnees.ResidencesPrincipales;
        var partPls = PartPlsMaximum(rp, logementsSociaux, donnees.CouverteParPlh, parametres);
        var objectif = ObjectifTriennal(manquants, partRattrapage, partPls, parametres);

        var brut = PrelevementBrut(manquants, donnees.PotentielFiscalParHabitant, parametres);
        var tauxPlafond = TauxPlafond(
            donnees.PotentielFiscalParHabitant,
            donnees.PotentielFiscalMedian ?? medianeParDefaut,
            donnees.TauxPlafond,
            parametres
        );
        var plafond = ArrondiSru.Euro(tauxPlafond * donnees.DepensesReellesFonctionnement);
        var plafonne = Math.Min(brut, plafond);

        var majore = PrelevementMajore(plafonne, plafond, donnees.CoefficientMajorationCarence, parametres);

        var resultat = new ResultatCalculSru
        {
            ResidencesPrincipales = rp,
            LogementsSociauxDecomptes = logementsSociaux,
            TauxCible = donnees.TauxCible,
            LogementsManquants = manquants,
            Objectif = objectif,
            PrelevementBrut = brut,
            TauxPlafondApplique = tauxPlafond,
            PlafondPrelevement = plafond,
            PrelevementPlafonne = plafonne,
        };

        if (manquants == 0)
        {
            return resultat with
            {
                ReliquatDepensesDeductibles = donnees.DepensesDeductibles,
                Exoneration = ExonerationPrelevement.AucunLogementManquant,
            };
        }
        if (donnees.BeneficieDsu && ExonereeDsu(rp, logementsSociaux, donnees.TauxCible, parametres))
        {
            return resultat with
            {
                ReliquatDepensesDeductibles = donnees.DepensesDeductibles,
                Exoneration = ExonerationPrelevement.CommuneDsu,
            };
        }

        // CCH L302-7 : « le prélèvement n'est pas effectué s'il est inférieur à 4 000 € » s'applique au
        // montant brut plafonné, avant la majoration de carence et avant les dépenses déductibles.
        if (plafonne < parametres.SeuilPrelevement)
        {
            return resultat with
            {
                ReliquatDepensesDeductibles = donnees.DepensesDeductibles,
                Exoneration = ExonerationPrelevement.SousSeuil,
            };
        }
        var imputees = Math.Min(Math.Max(donnees.DepensesDeductibles, 0m), majore);
        var net = ArrondiSru.Euro(majore - imputees);
        var exoneration = net == 0m ? ExonerationPrelevement.DepensesDeductibles : ExonerationPrelevement.Aucune;
        return resultat with
        {
            PrelevementMajore = majore,
            DepensesDeductiblesImputees = imputees,
            ReliquatDepensesDeductibles = donnees.DepensesDeductibles - imputees,
            PrelevementNet = net,
            Exoneration = exoneration,
        };
    }

    /// <summary>
    /// DSU communes are not levied when their rate is strictly above 20 % (25 % target) or 15 %
    /// (reduced target) — CCH L302-7 al. 1 (uncertain figures, parameters).
    /// </summary>
    private static bool ExonereeDsu(int rp, int lls, decimal tauxCible, ParametresSru parametres)
    {
        var seuil =
            tauxCible >= parametres.TauxCibleNormal
                ? parametres.SeuilExonerationDsuTauxNormal
                : parametres.SeuilExonerationDsuTauxReduit;
        return lls > seuil * rp;
    }

    /// <summary>
    /// Prélèvement majoré par l'arrêté de carence : le coefficient (1 par défaut) multiplie le prélèvement plafonné,
    /// qui reste sous le même plafond (CCH L302-9-1).
    /// </summary>
    private static decimal PrelevementMajore(
        decimal plafonne,
        decimal plafond,
        decimal? coefficientCarence,
        ParametresSru parametres
    )
    {
        var coefficient = coefficientCarence ?? 1m;
        if (coefficient < 1m || coefficient > parametres.CoefficientMajorationCarenceMaximum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(coefficientCarence),
                "Le coefficient de majoration de carence doit être compris entre 1 et "
                    + $"{ValidationSru.Nombre(parametres.CoefficientMajorationCarenceMaximum)}."
            );
        }
        return coefficient == 1m ? plafonne : Math.Min(ArrondiSru.Euro(plafonne * coefficient), plafond);
    }
}
