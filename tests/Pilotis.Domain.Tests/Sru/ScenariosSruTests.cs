using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Tests.Sru;

/// <summary>
/// Seed 001 part II §3 (national proposals) on a small EPCI computed by hand. All communes are at a
/// 25 % target, operating expenses of 100 M€ (cap 5 M€, never hit), PLH-covered.
/// A: RP 10,000, LLS 1,500 (15 %): deficit 1,000; PF 1,000 €; deductible N−2 50,000 €, year N 150,000 €.
/// B: RP 4,000, LLS 1,300 (32.5 %): surplus 300 units; PF 1,200 €.
/// C: RP 6,000, LLS 1,200 (20 %): deficit 300; PF 800 €; deductible N−2 0 €, year N 10,000 €.
/// </summary>
public class ScenariosSruTests
{
    private static readonly ParametresSru P = ParametresSru.Periode2023_2025;
    private const string Epci = "200000001";

    private static CommuneSimulationSru Commune(
        string code,
        string? epci,
        int rp,
        int lls,
        decimal pf,
        decimal deductiblesN2 = 0m,
        decimal deductiblesN = 0m
    ) =>
        new()
        {
            CodeInsee = code,
            EpciSiren = epci,
            Donnees = new DonneesCalculSru
            {
                ResidencesPrincipales = rp,
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(lls),
                TauxCible = 0.25m,
                PotentielFiscalParHabitant = pf,
                DepensesReellesFonctionnement = 100_000_000m,
                DepensesDeductibles = deductiblesN2,
                CouverteParPlh = true,
            },
            DepensesDeductiblesAnneeCourante = deductiblesN,
        };

    private static CommuneSimulationSru[] TroisCommunes() =>
        [
            Commune("30001", Epci, 10_000, 1_500, 1_000m, 50_000m, 150_000m),
            Commune("30002", Epci, 4_000, 1_300, 1_200m),
            Commune("30003", Epci, 6_000, 1_200, 800m, 0m, 10_000m),
        ];

    // Per commune A, B, C: missing units, objective, PLAI min, PLS max, gross levy, net levy.
    public static TheoryData<ScenarioSru, int[], int[], int[], int[], decimal[], decimal[]> Cas =>
        new()
        {
            // Current law (CCH L302-7, L302-8): A 33 % × 1,000 = 330, 250,000 − 50,000; C 33 % × 300 = 99, 60,000.
            {
                ScenarioSru.LoiActuelle,
                [1_000, 0, 300],
                [330, 0, 99],
                [99, 0, 30],
                [99, 0, 29],
                [250_000m, 0m, 60_000m],
                [200_000m, 0m, 60_000m]
            },
            // One 20 % target: A misses 500 (5 points below → 33 % → 165), C reaches 20 %.
            {
                ScenarioSru.CibleUnique20,
                [500, 0, 0],
                [165, 0, 0],
                [50, 0, 0],
                [49, 0, 0],
                [125_000m, 0m, 0m],
                [75_000m, 0m, 0m]
            },
            // Pooling: 1,300 deficit − 300 surplus = 1,000, shared 1,000:300 → 769.23 / 230.77 → floors
            // 769 + 230, the leftover unit to C (larger remainder) → 769 / 231. EPCI at 20 % vs 25 % → 33 %.
            // A: 33 % × 769 = 253.77 → 254, PLAI 77, PLS 76, gross 192,250 − 50,000; C: 76.23 → 77, PLAI 24, PLS 23,
            // gross 46,200.
            {
                ScenarioSru.MutualisationEpci,
                [769, 0, 231],
                [254, 0, 77],
                [77, 0, 24],
                [76, 0, 23],
                [192_250m, 0m, 46_200m],
                [142_250m, 0m, 46_200m]
            },
            // Deductible expenses of the year itself: A 250,000 − 150,000; C 60,000 − 10,000.
            {
                ScenarioSru.DepensesAnneeCourante,
                [1_000, 0, 300],
                [330, 0, 99],
                [99, 0, 30],
                [99, 0, 29],
                [250_000m, 0m, 60_000m],
                [100_000m, 0m, 50_000m]
            },
        };

    [Theory]
    [MemberData(nameof(Cas))]
    public void Chaque_scenario_sur_un_epci_de_trois_communes(
        ScenarioSru scenario,
        int[] manquants,
        int[] objectifs,
        int[] plai,
        int[] pls,
        decimal[] bruts,
        decimal[] nets
    )
    {
        var resultat = SimulateurScenariosSru.Comparer(TroisCommunes(), P).Pour(scenario);

        for (var i = 0; i < 3; i++)
        {
            var r = resultat.ParCommune[i];
            Assert.Equal(manquants[i], r.LogementsManquants);
            Assert.Equal(objectifs[i], r.ObjectifTriennal);
            Assert.Equal(plai[i], r.ObjectifPlaiMinimum);
            Assert.Equal(pls[i], r.ObjectifPlsMaximum);
            Assert.Equal(bruts[i], r.PrelevementBrut);
            Assert.Equal(nets[i], r.PrelevementNet);
        }
        var epci = Assert.Single(resultat.ParEpci);
        Assert.Equal(resultat.Total, epci);
        Assert.Equal(3, epci.Communes);
        Assert.Equal(manquants.Sum(), epci.LogementsManquants);
        Assert.Equal(objectifs.Sum(), epci.ObjectifTriennal);
        Assert.Equal(plai.Sum(), epci.ObjectifPlaiMinimum);
        Assert.Equal(pls.Sum(), epci.ObjectifPlsMaximum);
        Assert.Equal(bruts.Sum(), epci.PrelevementBrut);
        Assert.Equal(nets.Sum(), epci.PrelevementNet);
        Assert.Equal(nets.Count(n => n > 0m), epci.CommunesPrelevees);
    }

    // CCH L302-7: every scenario applies the one rule of CalculSru — the 4,000 € threshold on the capped gross,
    // before deductible expenses. Two communes outside any EPCI, 50 missing units each (RP 1,000, LLS 200):
    // D gross 5,000 € with 2,000 € deductible N−2 and 4,999 € in year N; E gross 3,999 €, not levied.
    [Theory]
    [InlineData(ScenarioSru.LoiActuelle, 3_000, 0)]
    [InlineData(ScenarioSru.MutualisationEpci, 3_000, 0)]
    [InlineData(ScenarioSru.DepensesAnneeCourante, 1, 0)]
    [InlineData(ScenarioSru.CibleUnique20, 0, 0)] // 200 LLS = 20 % of 1,000 RP: nothing missing
    public void Le_seuil_de_4000_euros_est_la_meme_regle_dans_chaque_scenario(ScenarioSru scenario, int netD, int netE)
    {
        CommuneSimulationSru[] communes =
        [
            Commune("30010", null, 1_000, 200, 400m, 2_000m, 4_999m),
            Commune("30011", null, 1_000, 200, 319.92m, 1_000m, 1_000m),
        ];
        var resultat = SimulateurScenariosSru.Comparer(communes, P).Pour(scenario);
        Assert.Equal(netD, resultat.ParCommune[0].PrelevementNet);
        Assert.Equal(netE, resultat.ParCommune[1].PrelevementNet);
        for (var i = 0; i < communes.Length; i++)
        {
            var seul = CalculSru.Calculer(
                scenario == ScenarioSru.DepensesAnneeCourante
                    ? communes[i].Donnees with
                    {
                        DepensesDeductibles = communes[i].DepensesDeductiblesAnneeCourante,
                    }
                    : communes[i].Donnees with
                    {
                        TauxCible = scenario == ScenarioSru.CibleUnique20 ? 0.20m : 0.25m,
                    },
                P
            );
            Assert.Equal(seul.PrelevementNet, resultat.ParCommune[i].PrelevementNet);
        }
    }

    [Fact]
    public void Les_quatre_scenarios_cote_a_cote()
    {
        var comparaison = SimulateurScenariosSru.Comparer(TroisCommunes(), P);
        Assert.Equal(OptionsScenariosSru.TousLesScenarios, comparaison.Scenarios.Select(s => s.Scenario));
        Assert.Equal([Epci], comparaison.Epcis);
        // Median PF of the levied communes (A 1,000 and C 800): 900; nobody reaches 150 % of it.
        Assert.Equal(900m, comparaison.PotentielFiscalMedian);
        Assert.Equal(260_000m, comparaison.TotauxEpci(ScenarioSru.LoiActuelle, Epci).PrelevementNet);
        Assert.Equal(75_000m, comparaison.TotauxEpci(ScenarioSru.CibleUnique20, Epci).PrelevementNet);
        Assert.Equal(188_450m, comparaison.TotauxEpci(ScenarioSru.MutualisationEpci, Epci).PrelevementNet);
        Assert.Equal(150_000m, comparaison.TotauxEpci(ScenarioSru.DepensesAnneeCourante, Epci).PrelevementNet);
        Assert.Equal(default, comparaison.TotauxEpci(ScenarioSru.LoiActuelle, "999999999"));
    }

    [Fact]
    public void Mutualisation_epci_separe_les_epci_et_laisse_les_communes_isolees_en_loi_actuelle()
    {
        CommuneSimulationSru[] communes =
        [
            .. TroisCommunes(),
            // Second EPCI where the surplus (500) exceeds the deficit (200): nothing is due.
            Commune("30010", "200000002", 4_000, 800, 1_000m), // deficit 200
            Commune("30011", "200000002", 6_000, 2_000, 1_000m), // 2,000 − 1,500 = 500 surplus
            // Outside any EPCI: never pooled.
            Commune("30020", null, 5_000, 1_000, 1_000m), // deficit 250
        ];
        var comparaison = SimulateurScenariosSru.Comparer(communes, P);
        var mutualise = comparaison.Pour(ScenarioSru.MutualisationEpci);
        var actuel = comparaison.Pour(ScenarioSru.LoiActuelle);

        Assert.Equal(["200000001", "200000002"], comparaison.Epcis);
        Assert.Equal(1_000, mutualise.ParEpci[0].LogementsManquants);
        Assert.Equal(0, mutualise.ParEpci[1].LogementsManquants);
        Assert.Equal(0m, mutualise.ParEpci[1].PrelevementNet);
        Assert.Equal(200, actuel.ParEpci[1].LogementsManquants);
        Assert.Equal(actuel.ParCommune[5], mutualise.ParCommune[5]);
        Assert.Equal(1_000 + 0 + 250, mutualise.Total.LogementsManquants);
        Assert.Equal(6, mutualise.Total.Communes);
    }

    [Fact]
    public void Sans_commune_excedentaire_la_mutualisation_ne_change_pas_les_manquants()
    {
        CommuneSimulationSru[] communes =
        [
            Commune("30001", Epci, 10_000, 1_500, 1_000m),
            Commune("30003", Epci, 6_000, 1_200, 800m),
        ];
        var comparaison = SimulateurScenariosSru.Comparer(communes, P);
        Assert.Equal(
            comparaison.Pour(ScenarioSru.LoiActuelle).ParCommune.Select(r => r.LogementsManquants),
            comparaison.Pour(ScenarioSru.MutualisationEpci).ParCommune.Select(r => r.LogementsManquants)
        );
    }

    [Fact]
    public void Egalite_des_restes_departagee_par_deficit_puis_code()
    {
        // Three communes missing 1 unit each (RP 4 at 25 %, no LLS) and one with 1 surplus unit: 2 pooled
        // units shared 2/3 each → floors 0, equal remainders and deficits → the two lowest INSEE codes.
        CommuneSimulationSru[] communes =
        [
            Commune("30003", Epci, 4, 0, 1_000m),
            Commune("30001", Epci, 4, 0, 1_000m),
            Commune("30002", Epci, 4, 0, 1_000m),
            Commune("30004", Epci, 4, 2, 1_000m), // 2 − 1 = 1 surplus unit
        ];
        var mutualise = SimulateurScenariosSru.Comparer(communes, P).Pour(ScenarioSru.MutualisationEpci);
        Assert.Equal([0, 1, 1, 0], mutualise.ParCommune.Select(r => r.LogementsManquants));
    }

    [Fact]
    public void Options_choisissent_les_scenarios_le_taux_unique_et_la_mediane()
    {
        var options = new OptionsScenariosSru
        {
            Scenarios = [ScenarioSru.CibleUnique20],
            TauxCibleUnique = 0.22m,
            PotentielFiscalMedian = 600m, // A's PF 1,000 ≥ 900: 7.5 % cap (not hit)
        };
        var comparaison = SimulateurScenariosSru.Comparer(TroisCommunes(), P, options);
        var seul = Assert.Single(comparaison.Scenarios);
        Assert.Equal(700, seul.ParCommune[0].LogementsManquants); // 2,200 − 1,500
        Assert.Equal(120, seul.ParCommune[2].LogementsManquants); // 1,320 − 1,200
        Assert.Equal(600m, comparaison.PotentielFiscalMedian);
        Assert.Throws<ArgumentOutOfRangeException>(() => comparaison.Pour(ScenarioSru.LoiActuelle));
    }

    [Fact]
    public void Donnees_impossibles_signalent_la_commune()
    {
        CommuneSimulationSru[] communes = [Commune("30099", Epci, 100, 101, 1_000m)];
        var erreur = Assert.Throws<ArgumentException>(() => SimulateurScenariosSru.Comparer(communes, P));
        Assert.Contains("30099", erreur.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// National-scale shape (35,000 communes, ~1,250 EPCI, deterministic data): invariants rather
    /// than figures. Timing lives in bench/, not here.
    /// </summary>
    [Fact]
    public void Invariants_a_l_echelle_nationale()
    {
        var alea = new Random(20_240_101);
        var communes = new CommuneSimulationSru[35_000];
        for (var i = 0; i < communes.Length; i++)
        {
            var rp = alea.Next(1_500, 60_000);
            var commune = Commune(
                $"{i:D5}",
                i % 29 == 0 ? null : $"2{i % 1_250:D8}",
                rp,
                alea.Next(0, rp * 2 / 5),
                alea.Next(300, 2_500),
                alea.Next(0, 200_000),
                alea.Next(0, 200_000)
            );
            communes[i] = commune with
            {
                Donnees = commune.Donnees with
                {
                    TauxCible = i % 3 == 0 ? 0.20m : 0.25m,
                    DepensesReellesFonctionnement = rp * (decimal)alea.Next(800, 2_000),
                    CouverteParPlh = i % 2 == 0,
                    CoefficientMajorationCarence = i % 50 == 0 ? 3m : null,
                },
            };
        }

        var comparaison = SimulateurScenariosSru.Comparer(communes, P);
        var actuel = comparaison.Pour(ScenarioSru.LoiActuelle);
        var mutualise = comparaison.Pour(ScenarioSru.MutualisationEpci);
        var depenses = comparaison.Pour(ScenarioSru.DepensesAnneeCourante);

        Assert.Equal(1_250, comparaison.Epcis.Count);
        for (var e = 0; e < comparaison.Epcis.Count; e++)
        {
            Assert.True(mutualise.ParEpci[e].LogementsManquants <= actuel.ParEpci[e].LogementsManquants);
        }
        Assert.Equal(actuel.Total.LogementsManquants, depenses.Total.LogementsManquants);
        foreach (var scenario in comparaison.Scenarios)
        {
            var sansEpci = 0L;
            for (var i = 0; i < communes.Length; i++)
            {
                var r = scenario.ParCommune[i];
                Assert.True(r.PrelevementNet >= 0m && r.PrelevementNet <= r.PrelevementBrut * 5m);
                Assert.True(r.ObjectifPlaiMinimum + r.ObjectifPlsMaximum <= r.ObjectifTriennal + 1);
                if (communes[i].EpciSiren is null)
                {
                    sansEpci += r.LogementsManquants;
                }
            }
            Assert.Equal(scenario.Total.LogementsManquants, scenario.ParEpci.Sum(t => t.LogementsManquants) + sansEpci);
            Assert.Equal(35_000, scenario.Total.Communes);
        }
    }
}
