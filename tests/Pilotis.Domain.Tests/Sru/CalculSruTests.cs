using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Tests.Sru;

public class CalculSruTests
{
    private static readonly ParametresSru P = ParametresSru.Periode2023_2025;

    /// <summary>DOMAIN §3 worked example; operating expenses large enough that no cap is hit.</summary>
    private static DonneesCalculSru ExempleDomaine() =>
        new()
        {
            ResidencesPrincipales = 8_000,
            LogementsSociaux = InventaireLogementsSociaux.NonVentile(1_200),
            TauxCible = 0.25m,
            PotentielFiscalParHabitant = 1_000m,
            DepensesReellesFonctionnement = 10_000_000m,
            DepensesDeductibles = 80_000m,
            CouverteParPlh = true,
        };

    // DOMAIN §3: RP 8,000, LLS 1,200, target 25 %, PF 1,000 €, deductible 80,000 € → rate 15 %,
    // missing 800, gross 200,000 €, net 120,000 €, objective 264 (≥ 80 PLAI, ≤ 79 PLS).
    [Fact]
    public void Exemple_du_domaine_est_reproduit_exactement()
    {
        var r = CalculSru.Calculer(ExempleDomaine(), P);

        Assert.Equal(0.15m, r.Taux);
        Assert.Equal(800, r.LogementsManquants);
        Assert.Equal(0.33m, r.Objectif.PartRattrapage);
        Assert.Equal(264, r.ObjectifTriennal);
        Assert.Equal(80, r.ObjectifPlaiMinimum);
        Assert.Equal(79, r.ObjectifPlsMaximum);
        Assert.Equal(200_000m, r.PrelevementBrut);
        Assert.Equal(500_000m, r.PlafondPrelevement);
        Assert.Equal(200_000m, r.PrelevementMajore);
        Assert.Equal(80_000m, r.DepensesDeductiblesImputees);
        Assert.Equal(120_000m, r.PrelevementNet);
        Assert.Equal(ExonerationPrelevement.Aucune, r.Exoneration);
    }

    // CCH L302-5 IV: logements-foyers count 3 places = 1 unit (integer division, leftover places do not count).
    [Theory]
    [InlineData(100, 200, 50, 31, 5, 3, 368)]
    [InlineData(0, 0, 0, 2, 0, 0, 0)]
    [InlineData(0, 0, 0, 3, 0, 0, 1)]
    [InlineData(0, 0, 0, 5, 0, 0, 1)]
    [InlineData(0, 0, 0, 6, 0, 0, 2)]
    [InlineData(10, 0, 0, 0, 7, 0, 17)]
    public void Inventaire_decompte_les_places_de_foyer_par_trois(
        int plai,
        int plus,
        int pls,
        int places,
        int pslaBrs,
        int autres,
        long attendu
    )
    {
        var inventaire = new InventaireLogementsSociaux
        {
            Plai = plai,
            Plus = plus,
            Pls = pls,
            PlacesFoyer = places,
            PslaBrs = pslaBrs,
            Autres = autres,
        };
        Assert.Equal(attendu, CalculSru.LogementsSociauxDecomptes(inventaire, P));
    }

    // CCH L302-7 al. 2: missing = target × RP − LLS; our rounding: ceiling of the fractional deficit.
    [Theory]
    [InlineData(8_000, 1_200, 0.25, 800)]
    [InlineData(8_001, 1_200, 0.25, 801)] // 2,000.25 − 1,200 = 800.25 → 801
    [InlineData(8_003, 1_200, 0.25, 801)] // 800.75 → 801
    [InlineData(8_004, 1_200, 0.25, 801)] // exactly 801
    [InlineData(8_000, 2_000, 0.25, 0)] // target reached exactly
    [InlineData(8_000, 2_100, 0.25, 0)] // above target
    [InlineData(10_000, 1_500, 0.20, 500)] // reduced target (CCH L302-5 II)
    [InlineData(10_001, 1_500, 0.20, 501)] // 2,000.2 − 1,500 = 500.2 → 501
    public void Logements_manquants_arrondis_a_l_unite_superieure(int rp, int lls, double cible, int attendu) =>
        Assert.Equal(attendu, CalculSru.LogementsManquants(rp, lls, (decimal)cible));

    // Displayed rate: 4 decimals, half away from zero (0.12345 → 0.1235; ToEven would give 0.1234).
    [Theory]
    [InlineData(8_000, 1_200, 0.15)]
    [InlineData(3, 1, 0.3333)]
    [InlineData(3, 2, 0.6667)]
    [InlineData(20_000, 2_469, 0.1235)]
    [InlineData(0, 0, 0)]
    public void Taux_arrondi_a_quatre_decimales(int rp, int lls, double attendu) =>
        Assert.Equal((decimal)attendu, CalculSru.Taux(rp, lls));

    // CCH L302-8 VII (loi 3DS), period 2023-2025: 33 % of the deficit; 50 % between 2 and 4 points
    // below the target (both bounds included); 100 % less than 2 points below.
    [Theory]
    [InlineData(2_499, 0.25, 1.00)] // 24.99 %: 0.01 point below
    [InlineData(2_301, 0.25, 1.00)] // 23.01 %: 1.99 points below
    [InlineData(2_300, 0.25, 0.50)] // 23.00 %: exactly 2 points below
    [InlineData(2_200, 0.25, 0.50)] // 3 points below
    [InlineData(2_100, 0.25, 0.50)] // 21.00 %: exactly 4 points below
    [InlineData(2_099, 0.25, 0.33)] // 20.99 %: 4.01 points below
    [InlineData(1_500, 0.25, 0.33)] // 10 points below
    [InlineData(1_850, 0.20, 1.00)] // 18.5 % against 20 %: 1.5 points below
    [InlineData(1_700, 0.20, 0.50)] // 17 % against 20 %: 3 points below
    [InlineData(1_500, 0.20, 0.33)] // 15 % against 20 %: 5 points below
    public void Part_de_rattrapage_selon_l_ecart_au_taux_cible(int lls, double cible, double attendu)
    {
        const int rp = 10_000;
        Assert.Equal((decimal)attendu, CalculSru.PartRattrapage(rp, lls, (decimal)cible * rp, null, P));
    }

    // Objective = ceiling(share × missing); PLAI ≥ ceiling(30 %); PLS ≤ floor(30 %) (CCH L302-8).
    [Theory]
    [InlineData(2_300, 200, 100, 30, 30)] // 50 % × 200
    [InlineData(2_301, 199, 199, 60, 59)] // 100 % × 199; 59.7 → PLAI 60, PLS 59
    [InlineData(2_099, 401, 133, 40, 39)] // 33 % × 401 = 132.33 → 133; 39.9 → 40 / 39
    [InlineData(1_500, 1_000, 330, 99, 99)] // 33 % × 1,000
    public void Objectif_triennal_et_mix(int lls, int manquants, int objectif, int plai, int pls)
    {
        var r = CalculSru.Calculer(
            new DonneesCalculSru
            {
                ResidencesPrincipales = 10_000,
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(lls),
                TauxCible = 0.25m,
                PotentielFiscalParHabitant = 1_000m,
                DepensesReellesFonctionnement = 100_000_000m,
                CouverteParPlh = true,
            },
            P
        );
        Assert.Equal(manquants, r.LogementsManquants);
        Assert.Equal(objectif, r.ObjectifTriennal);
        Assert.Equal(plai, r.ObjectifPlaiMinimum);
        Assert.Equal(pls, r.ObjectifPlsMaximum);
    }

    // CCH L302-8 III: PLS ≤ 30 % of the objective, ≤ 20 % when the rate is below 10 % and no PLH.
    [Theory]
    [InlineData(900, false, 528, 0.20, 105)] // 9 %, no PLH: 20 % × 528 = 105.6 → 105
    [InlineData(900, true, 528, 0.30, 158)] // 9 %, PLH: 30 % × 528 = 158.4 → 158
    [InlineData(1_000, false, 495, 0.30, 148)] // exactly 10 %: not "below", 30 % × 495 = 148.5 → 148
    [InlineData(999, false, 496, 0.20, 99)] // 9.99 %: 33 % × 1,501 = 495.33 → 496; 20 % → 99.2 → 99
    public void Plafond_pls_restreint_sans_plh_sous_dix_pour_cent(
        int lls,
        bool plh,
        int objectif,
        double partPls,
        int plsMaximum
    )
    {
        var r = CalculSru.Calculer(
            new DonneesCalculSru
            {
                ResidencesPrincipales = 10_000,
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(lls),
                TauxCible = 0.25m,
                PotentielFiscalParHabitant = 500m,
                DepensesReellesFonctionnement = 100_000_000m,
                CouverteParPlh = plh,
            },
            P
        );
        Assert.Equal(objectif, r.ObjectifTriennal);
        Assert.Equal((decimal)partPls, r.Objectif.PartPlsMaximum);
        Assert.Equal(plsMaximum, r.ObjectifPlsMaximum);
    }

    // Loi 3DS schedule for newly subject communes (uncertain figures, parameters): 15, 25, 33, 50, 100 %.
    [Theory]
    [InlineData(1, 0.15)]
    [InlineData(2, 0.25)]
    [InlineData(3, 0.33)]
    [InlineData(4, 0.50)]
    [InlineData(5, 1.00)]
    [InlineData(8, 1.00)]
    public void Part_de_rattrapage_des_communes_nouvellement_soumises(int rang, double attendu)
    {
        Assert.Equal((decimal)attendu, CalculSru.PartRattrapage(10_000, 1_500, 2_500, rang, P));
        var r = CalculSru.Calculer(ExempleDomaine() with { RangPeriodeNouvellementSoumise = rang }, P);
        Assert.Equal(ArrondiSru.UnitesParExces((decimal)attendu * 800), r.ObjectifTriennal);
    }

    // CCH L302-5 II: 20 % where the tension is below 4 demands per move-in (2023-2025 decree).
    [Theory]
    [InlineData(null, 0.25)]
    [InlineData(3.99, 0.20)]
    [InlineData(4.0, 0.25)]
    [InlineData(7.5, 0.25)]
    public void Taux_cible_selon_la_tension(double? tension, double attendu) =>
        Assert.Equal((decimal)attendu, CalculSru.TauxCibleApplicable((decimal?)tension, P));

    // CCH L302-7: cap 5 % of real operating expenses N−2; 7.5 % when PF/inhabitant ≥ 150 % of the
    // median of levied communes; an imposed rate (public simulator "tauxPlafond") wins.
    [Theory]
    [InlineData(1_000.0, null, null, 0.05)]
    [InlineData(900.0, 600.0, null, 0.075)] // exactly 150 % of the median
    [InlineData(899.99, 600.0, null, 0.05)] // just below
    [InlineData(2_000.0, 600.0, 0.05, 0.05)] // imposed rate wins
    [InlineData(1_000.0, null, 0.10, 0.10)]
    public void Taux_de_plafonnement(double pf, double? mediane, double? impose, double attendu) =>
        Assert.Equal((decimal)attendu, CalculSru.TauxPlafond((decimal)pf, (decimal?)mediane, (decimal?)impose, P));

    // CCH L302-7: gross 200,000 € capped at 5 % (or 7.5 %) of operating expenses N−2, then minus 80,000 €.
    [Theory]
    [InlineData(10_000_000, null, 500_000, 200_000, 120_000)] // no cap hit
    [InlineData(3_000_000, null, 150_000, 150_000, 70_000)] // 5 % cap hit
    [InlineData(3_000_000, 600.0, 225_000, 200_000, 120_000)] // PF 1,000 ≥ 1.5 × 600: 7.5 % cap not hit
    [InlineData(2_000_000, 600.0, 150_000, 150_000, 70_000)] // 7.5 % cap hit
    [InlineData(3_000_000, 700.0, 150_000, 150_000, 70_000)] // PF 1,000 < 1.5 × 700: 5 %
    public void Plafonnement_du_prelevement(
        double depenses,
        double? mediane,
        double plafond,
        double plafonne,
        double net
    )
    {
        var r = CalculSru.Calculer(
            ExempleDomaine() with
            {
                DepensesReellesFonctionnement = (decimal)depenses,
                PotentielFiscalMedian = (decimal?)mediane,
            },
            P
        );
        Assert.Equal(200_000m, r.PrelevementBrut);
        Assert.Equal((decimal)plafond, r.PlafondPrelevement);
        Assert.Equal((decimal)plafonne, r.PrelevementPlafonne);
        Assert.Equal((decimal)net, r.PrelevementNet);
    }

    // CCH L302-7: no levy when the capped gross amount is below 4,000 €; the threshold is tested before the
    // deductible expenses (order of the paragraphs of L302-7, DOMAIN §3). 50 missing units (RP 1,000, LLS 200).
    // Money is rounded to the euro half away from zero: 3,999.50 → 4,000 (collected).
    [Theory]
    [InlineData(320.0, 0.0, 4_000, 4_000, ExonerationPrelevement.Aucune)]
    [InlineData(319.92, 0.0, 3_999, 0, ExonerationPrelevement.SousSeuil)]
    [InlineData(319.96, 0.0, 4_000, 4_000, ExonerationPrelevement.Aucune)] // 3,999.50 → 4,000
    [InlineData(800.0, 6_000.50, 10_000, 4_000, ExonerationPrelevement.Aucune)] // 3,999.50 → 4,000
    [InlineData(800.0, 6_001.0, 10_000, 3_999, ExonerationPrelevement.Aucune)] // net under 4,000: collected
    [InlineData(400.0, 2_000.0, 5_000, 3_000, ExonerationPrelevement.Aucune)] // DOMAIN §3: 3,000, not 0
    [InlineData(400.0, 4_999.0, 5_000, 1, ExonerationPrelevement.Aucune)]
    [InlineData(400.0, 5_000.0, 5_000, 0, ExonerationPrelevement.DepensesDeductibles)]
    [InlineData(319.92, 1_000.0, 3_999, 0, ExonerationPrelevement.SousSeuil)] // not levied: nothing imputed
    [InlineData(400.04, 0.0, 5_001, 5_001, ExonerationPrelevement.Aucune)] // 5,000.50 → 5,001 (ToEven would give 5,000)
    [InlineData(0.0, 0.0, 0, 0, ExonerationPrelevement.SousSeuil)]
    public void Seuil_de_4000_euros_sur_le_brut_plafonne_avant_deductions(
        double pf,
        double deductibles,
        double brut,
        double net,
        ExonerationPrelevement exoneration
    )
    {
        var r = CalculSru.Calculer(
            new DonneesCalculSru
            {
                ResidencesPrincipales = 1_000,
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(200),
                TauxCible = 0.25m,
                PotentielFiscalParHabitant = (decimal)pf,
                DepensesReellesFonctionnement = 10_000_000m,
                DepensesDeductibles = (decimal)deductibles,
            },
            P
        );
        Assert.Equal(50, r.LogementsManquants);
        Assert.Equal((decimal)brut, r.PrelevementBrut);
        Assert.Equal((decimal)net, r.PrelevementNet);
        Assert.Equal(exoneration, r.Exoneration);
        if (exoneration == ExonerationPrelevement.SousSeuil)
        {
            Assert.Equal(0m, r.DepensesDeductiblesImputees);
            Assert.Equal((decimal)deductibles, r.ReliquatDepensesDeductibles);
        }
    }

    // CCH L302-7: the threshold looks at the CAPPED gross amount. A gross of 200,000 € capped at 5 % of
    // 70,000 € of operating expenses = 3,500 € is not levied; at 80,000 € (cap 4,000 €) it is.
    [Theory]
    [InlineData(70_000, 3_500, 0, ExonerationPrelevement.SousSeuil)]
    [InlineData(79_980, 3_999, 0, ExonerationPrelevement.SousSeuil)]
    [InlineData(80_000, 4_000, 4_000, ExonerationPrelevement.Aucune)]
    public void Seuil_de_4000_euros_apres_plafonnement(
        double depenses,
        double plafonne,
        double net,
        ExonerationPrelevement exoneration
    )
    {
        var r = CalculSru.Calculer(
            ExempleDomaine() with
            {
                DepensesDeductibles = 0m,
                DepensesReellesFonctionnement = (decimal)depenses,
            },
            P
        );
        Assert.Equal(200_000m, r.PrelevementBrut);
        Assert.Equal((decimal)plafonne, r.PrelevementPlafonne);
        Assert.Equal((decimal)net, r.PrelevementNet);
        Assert.Equal(exoneration, r.Exoneration);
    }

    // CCH L302-7 then L302-9-1: a capped gross under 4,000 € is not levied, so there is nothing to majorate.
    [Theory]
    [InlineData(3_999, 5.0, 0, ExonerationPrelevement.SousSeuil)]
    [InlineData(4_000, 2.0, 8_000, ExonerationPrelevement.Aucune)]
    public void Seuil_de_4000_euros_avant_la_majoration_de_carence(
        double brutVise,
        double coefficient,
        double net,
        ExonerationPrelevement exoneration
    )
    {
        var r = CalculSru.Calculer(
            new DonneesCalculSru
            {
                ResidencesPrincipales = 1_000,
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(200),
                TauxCible = 0.25m,
                PotentielFiscalParHabitant = (decimal)brutVise / 50m / 0.25m,
                DepensesReellesFonctionnement = 10_000_000m,
                CoefficientMajorationCarence = (decimal)coefficient,
            },
            P
        );
        Assert.Equal((decimal)net, r.PrelevementNet);
        Assert.Equal(exoneration, r.Exoneration);
    }

    // CCH L302-7: deductions never bring the levy below 0; the surplus carries over to later levies.
    [Theory]
    [InlineData(200_000, 0, 0)]
    [InlineData(250_000, 0, 50_000)]
    [InlineData(199_999, 1, 0)] // leaves 1 €: collected, the 4,000 € threshold looks at the gross (L302-7)
    public void Depenses_deductibles_superieures_au_prelevement(double deductibles, double net, double reliquat)
    {
        var r = CalculSru.Calculer(ExempleDomaine() with { DepensesDeductibles = (decimal)deductibles }, P);
        Assert.Equal((decimal)net, r.PrelevementNet);
        Assert.Equal((decimal)reliquat, r.ReliquatDepensesDeductibles);
        Assert.True(r.PrelevementNet >= 0m);
    }

    [Fact]
    public void Depenses_deductibles_absorbant_tout_le_prelevement_sont_signalees()
    {
        var r = CalculSru.Calculer(ExempleDomaine() with { DepensesDeductibles = 250_000m }, P);
        Assert.Equal(ExonerationPrelevement.DepensesDeductibles, r.Exoneration);
        Assert.Equal(200_000m, r.DepensesDeductiblesImputees);
    }

    // CCH L302-9-1: the carence multiplier (1 to 5) applies within the same cap as the levy.
    [Theory]
    [InlineData(10_000_000, 1.0, 200_000, 120_000)]
    [InlineData(10_000_000, 1.5, 300_000, 220_000)]
    [InlineData(10_000_000, 2.0, 400_000, 320_000)]
    [InlineData(10_000_000, 5.0, 500_000, 420_000)] // 1,000,000 capped at 5 % × 10 M = 500,000
    [InlineData(3_000_000, 3.0, 150_000, 70_000)] // gross already capped: the multiplier adds nothing
    public void Majoration_de_carence_dans_la_limite_du_plafond(
        double depenses,
        double coefficient,
        double majore,
        double net
    )
    {
        var r = CalculSru.Calculer(
            ExempleDomaine() with
            {
                DepensesReellesFonctionnement = (decimal)depenses,
                CoefficientMajorationCarence = (decimal)coefficient,
            },
            P
        );
        Assert.Equal((decimal)majore, r.PrelevementMajore);
        Assert.Equal((decimal)net, r.PrelevementNet);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(5.01)]
    public void Coefficient_de_carence_hors_bornes_refuse(double coefficient) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CalculSru.Calculer(ExempleDomaine() with { CoefficientMajorationCarence = (decimal)coefficient }, P)
        );

    [Fact]
    public void Commune_au_taux_cible_sans_objectif_ni_prelevement()
    {
        var r = CalculSru.Calculer(
            ExempleDomaine() with
            {
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(2_000),
            },
            P
        );
        Assert.Equal(0.25m, r.Taux);
        Assert.Equal(0, r.LogementsManquants);
        Assert.Equal(0, r.ObjectifTriennal);
        Assert.Equal(0m, r.PrelevementBrut);
        Assert.Equal(0m, r.PrelevementNet);
        Assert.Equal(80_000m, r.ReliquatDepensesDeductibles);
        Assert.Equal(ExonerationPrelevement.AucunLogementManquant, r.Exoneration);
    }

    // CCH L302-7 al. 1 (uncertain figures): DSU communes above 20 % (25 % target) or 15 % (20 % target) are not levied.
    [Theory]
    [InlineData(2_100, 0.25, true, 0, ExonerationPrelevement.CommuneDsu)]
    [InlineData(2_000, 0.25, true, 125_000, ExonerationPrelevement.Aucune)] // exactly 20 %: not above
    [InlineData(2_100, 0.25, false, 100_000, ExonerationPrelevement.Aucune)]
    [InlineData(1_600, 0.20, true, 0, ExonerationPrelevement.CommuneDsu)]
    [InlineData(1_500, 0.20, true, 125_000, ExonerationPrelevement.Aucune)] // exactly 15 %
    public void Exoneration_des_communes_dsu(
        int lls,
        double cible,
        bool dsu,
        double net,
        ExonerationPrelevement exoneration
    )
    {
        var r = CalculSru.Calculer(
            new DonneesCalculSru
            {
                ResidencesPrincipales = 10_000,
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(lls),
                TauxCible = (decimal)cible,
                PotentielFiscalParHabitant = 1_000m,
                DepensesReellesFonctionnement = 100_000_000m,
                BeneficieDsu = dsu,
            },
            P
        );
        Assert.Equal((decimal)net, r.PrelevementNet);
        Assert.Equal(exoneration, r.Exoneration);
    }

    [Fact]
    public void Plafond_impose_par_l_appelant_du_simulateur_public()
    {
        // Contract example of issue 5: RP 10,000, LLS 1,500, 25 %, PF 900, DRF 3,000,000, deductible 20,000.
        var r = CalculSru.Calculer(
            new DonneesCalculSru
            {
                ResidencesPrincipales = 10_000,
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(1_500),
                TauxCible = 0.25m,
                PotentielFiscalParHabitant = 900m,
                DepensesReellesFonctionnement = 3_000_000m,
                DepensesDeductibles = 20_000m,
                CouverteParPlh = true,
                TauxPlafond = 0.05m,
            },
            P
        );
        Assert.Equal(1_000, r.LogementsManquants);
        Assert.Equal(330, r.ObjectifTriennal);
        Assert.Equal(225_000m, r.PrelevementBrut); // 25 % × 900 × 1,000
        Assert.Equal(150_000m, r.PlafondPrelevement); // 5 % × 3,000,000
        Assert.Equal(130_000m, r.PrelevementNet); // 150,000 − 20,000
    }

    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { 7.0 }, 7.0)]
    public void Mediane_du_potentiel_fiscal(double[] valeurs, double attendu) =>
        Assert.Equal((decimal)attendu, CalculSru.Mediane(valeurs.Select(v => (decimal)v).ToArray()));

    [Fact]
    public void Mediane_d_un_ensemble_vide_est_nulle() => Assert.Null(CalculSru.Mediane([]));

    [Fact]
    public void Donnees_impossibles_levent_une_exception()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CalculSru.Calculer(ExempleDomaine() with { ResidencesPrincipales = 0 }, P)
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CalculSru.Calculer(
                ExempleDomaine() with
                {
                    LogementsSociaux = InventaireLogementsSociaux.NonVentile(8_001),
                },
                P
            )
        );
    }
}
