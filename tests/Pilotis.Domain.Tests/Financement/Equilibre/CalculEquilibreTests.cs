using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Domain.Production;
using C = Pilotis.Domain.Financement.Equilibre.CatalogueParametresFinanciers;

namespace Pilotis.Domain.Tests.Financement.Equilibre;

public class CalculEquilibreTests
{
    private static readonly ParametresEquilibre P = ParametresEquilibre.ParDefaut();

    /// <summary>20 logements PLUS de 68 m² SU en zone 2 / B1, 3,35 M€ de prix de revient.</summary>
    private static DonneesEquilibre Exemple(
        Produit produit = Produit.Plus,
        string? zone123 = "2",
        string? zoneAbc = "B1",
        decimal travaux = 2_900_000m
    ) => new(NatureOperation.Neuf, zone123, zoneAbc, [new(produit, 20, 1_360m)], 450_000m, travaux, 60_000m, 400_000m);

    // Annuité constante : K × t / (1 − (1 + t)^−n), K / n à taux nul.
    [Theory]
    [InlineData(1_200, 0, 12, 100)]
    [InlineData(100_000, 0.05, 1, 105_000)]
    [InlineData(100_000, 0.10, 2, 57_619.05)]
    [InlineData(100_000, 0.023, 40, 3_850.62)]
    [InlineData(0, 0.023, 40, 0)]
    [InlineData(100_000, 0.023, 0, 0)]
    public void Annuite_constante(decimal capital, decimal taux, int duree, decimal attendue) =>
        Assert.Equal(attendue, CalculEquilibre.Arrondi(CalculEquilibre.Annuite(capital, taux, duree)));

    [Theory]
    [InlineData(1.1, 2, 1.21)]
    [InlineData(2, 10, 1024)]
    [InlineData(1.5, 0, 1)]
    [InlineData(1.01, 3, 1.030301)]
    public void Puissance_exacte_en_decimal(decimal x, int n, decimal attendu) =>
        Assert.Equal(attendu, CalculEquilibre.Puissance(x, n));

    // Coefficient de structure 0,77 × (1 + 20 / SU moyenne), plafonné à 1,2, arrondi à deux décimales.
    [Theory]
    [InlineData(68, 1.00)]
    [InlineData(100, 0.92)]
    [InlineData(20, 1.2)]
    [InlineData(0, 0)]
    public void Coefficient_de_structure(decimal suMoyenne, decimal attendu) =>
        Assert.Equal(attendu, CalculEquilibre.CoefficientStructure(suMoyenne, P));

    // Loyer annuel = plafond de la zone × SU × CS × 12 (PLUS zone 2 : 6,08 €/m² ; PLAI zone 3 : 5,01 €/m²).
    [Theory]
    [InlineData(Produit.Plus, "2", 1, 68, 4_961.28)]
    [InlineData(Produit.Plai, "3", 2, 136, 8_176.32)]
    [InlineData(Produit.PlaiAdapte, "3", 2, 136, 8_176.32)]
    [InlineData(Produit.Pls, "1", 1, 100, 11_459.52)]
    public void Loyer_annuel_au_plafond(Produit produit, string zone, int logements, decimal su, decimal attendu) =>
        Assert.Equal(attendu, CalculEquilibre.LoyerAnnuel(new LotEquilibre(produit, logements, su), zone, P));

    [Fact]
    public void Le_foncier_baisse_quand_l_abattement_sur_la_plus_value_augmente()
    {
        Assert.Equal(1m, CalculEquilibre.FacteurFoncier(P, P));
        var facteur = CalculEquilibre.FacteurFoncier(P, ScenariosEquilibre.AbattementFoncier.Appliquer(P));
        // (1 − 0,6 × 0,362 × 0,7) / (1 − 0,6 × 0,362 × 0,3) = 0,84796 / 0,93484
        Assert.Equal(0.84796m / 0.93484m, facteur);
    }

    [Fact]
    public void Fonds_propres_requis_et_equilibre_sous_la_loi_actuelle()
    {
        var r = CalculEquilibre.Calculer(Exemple(), P, ScenariosEquilibre.LoiActuelle);
        Assert.True(r.Calculable);
        Assert.Equal(20, r.Logements);
        Assert.Equal(99_225.60m, r.LoyersAnnuels); // 20 × 4 961,28
        // 99 225,60 × 0,97 − 20 × (300 + 900 + 650)
        Assert.Equal(59_248.83m, r.ResultatExploitation);
        Assert.Equal(r.PrixDeRevient - r.Subventions - r.Emprunts, r.FondsPropresRequis);
        Assert.Equal(CalculEquilibre.Arrondi(r.FondsPropresRequis / 20), r.FondsPropresParLogement);
        Assert.Equal(CalculEquilibre.Arrondi(r.Emprunts * 0.02m), r.CoutGarantie);
        Assert.Equal(r.FondsPropresParLogement <= 40_000m, r.Equilibree);
        Assert.Equal(60, r.Annees.Count); // la durée du prêt foncier
        Assert.Equal(r.Annees.Sum(a => a.Flux), r.Annees[^1].FluxCumule);
        // Les emprunts sont ceux que le résultat de la première année rembourse : flux de la 1re année ≈ 0.
        Assert.InRange(r.Annees[0].Flux, -1m, 1m);
        Assert.Equal(0m, r.Annees[24].TaxeFonciere); // exonération de 25 ans (CGI 1384 A)
        Assert.True(r.Annees[25].TaxeFonciere > 0);
        Assert.Equal(0m, r.Annees[40].Annuites - r.Annees[59].Annuites); // après 40 ans, le seul prêt foncier
    }

    [Fact]
    public void Chaque_proposition_allege_les_fonds_propres_requis()
    {
        var resultats = CalculEquilibre.Scenarios(Exemple(), P);
        Assert.Equal(ScenariosEquilibre.Tous.Select(s => s.Code), resultats.Select(r => r.Scenario.Code));
        var loi = resultats[0];
        foreach (var r in resultats.Skip(1))
            Assert.True(r.FondsPropresParLogement < loi.FondsPropresParLogement, r.Scenario.Code);
        Assert.Equal(0m, resultats.Single(r => r.Scenario == ScenariosEquilibre.SansGarantie).CoutGarantie);
        Assert.Equal("B1", resultats.Single(r => r.Scenario == ScenariosEquilibre.ZonageAbc).Zone);
        var abc = resultats.Single(r => r.Scenario == ScenariosEquilibre.ZonageAbc);
        Assert.Equal(CalculEquilibre.Arrondi(20 * CalculEquilibre.Arrondi(6.69m * 68 * 1.00m * 12)), abc.LoyersAnnuels);
        var rls = resultats.Single(r => r.Scenario == ScenariosEquilibre.RlsRevue);
        Assert.Equal(loi.ResultatExploitation + 20 * 150m, rls.ResultatExploitation);
        var ensemble = resultats[^1];
        var meilleure = resultats.Skip(1).SkipLast(1).Min(r => r.FondsPropresParLogement);
        Assert.True(ensemble.FondsPropresParLogement < meilleure);
    }

    [Fact]
    public void La_tva_du_plus_ne_change_rien_a_une_operation_plai()
    {
        var loi = CalculEquilibre.Calculer(Exemple(Produit.Plai), P, ScenariosEquilibre.LoiActuelle);
        var tva = CalculEquilibre.Calculer(Exemple(Produit.Plai), P, ScenariosEquilibre.TvaReduite);
        Assert.Equal(loi.PrixDeRevient, tva.PrixDeRevient);
        var plus = CalculEquilibre.Calculer(Exemple(), P, ScenariosEquilibre.TvaReduite);
        // 2 900 000 / 1,10 × 1,055
        Assert.Equal(CalculEquilibre.Arrondi(2_900_000m / 1.10m * 1.055m), plus.CoutTravaux);
    }

    // Équilibrée quand les fonds propres par logement ne dépassent pas le seuil (40 000 € semés).
    [Theory]
    [InlineData(1_500_000, true)]
    [InlineData(2_900_000, false)]
    public void Equilibre_selon_le_seuil_de_fonds_propres(decimal travaux, bool equilibree)
    {
        var r = CalculEquilibre.Calculer(Exemple(travaux: travaux), P, ScenariosEquilibre.LoiActuelle);
        Assert.Equal(equilibree, r.Equilibree);
        var relevee = P.Avec(C.FondsPropresMaximum, r.FondsPropresParLogement);
        Assert.True(
            CalculEquilibre.Calculer(Exemple(travaux: travaux), relevee, ScenariosEquilibre.LoiActuelle).Equilibree
        );
    }

    [Fact]
    public void Sans_loyer_l_operation_ne_peut_rien_emprunter()
    {
        var chere = P.Avec(C.FraisGestion, 10_000m);
        var r = CalculEquilibre.Calculer(Exemple(), chere, ScenariosEquilibre.LoiActuelle);
        Assert.Equal(0m, r.Emprunts);
        Assert.Equal(r.PrixDeRevient - r.Subventions, r.FondsPropresRequis);
        Assert.False(r.Equilibree);
    }

    public static TheoryData<DonneesEquilibre, string> NonCalculables =>
        new()
        {
            {
                new(NatureOperation.Neuf, "2", "B1", [new(Produit.Psla, 10, 700m)], 1m, 1m, 0m, 0m),
                "aucun logement locatif"
            },
            { new(NatureOperation.Neuf, "2", "B1", [new(Produit.Plus, 10, 0m)], 1m, 1m, 0m, 0m), "surface utile" },
            { new(NatureOperation.Neuf, null, "B1", [new(Produit.Plus, 10, 700m)], 1m, 1m, 0m, 0m), "zone 1/2/3" },
            { new(NatureOperation.Neuf, "9", "B1", [new(Produit.Plus, 10, 700m)], 1m, 1m, 0m, 0m), "plafond" },
        };

    [Theory]
    [MemberData(nameof(NonCalculables))]
    public void Non_calculable_avec_son_motif(DonneesEquilibre donnees, string motif)
    {
        var r = CalculEquilibre.Calculer(donnees, P, ScenariosEquilibre.LoiActuelle);
        Assert.False(r.Calculable);
        Assert.Contains(motif, r.Motif, StringComparison.Ordinal);
        Assert.False(r.Equilibree);
    }

    [Fact]
    public void L_accession_sort_de_l_equilibre_locatif_au_prorata_de_la_surface()
    {
        var mixte = Exemple() with { Lots = [new(Produit.Plus, 20, 1_360m), new(Produit.Psla, 20, 1_360m)] };
        var r = CalculEquilibre.Calculer(mixte, P, ScenariosEquilibre.LoiActuelle);
        Assert.Equal(225_000m, r.ChargeFonciere);
        Assert.Equal(30_000m, r.Subventions);
        Assert.Equal(20, r.Logements);
    }
}
