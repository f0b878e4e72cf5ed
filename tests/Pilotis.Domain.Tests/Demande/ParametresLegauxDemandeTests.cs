using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Demande;

/// <summary>
/// Les chiffres légaux de la demande sont des lignes datées lues à la date du calcul : la valeur en vigueur change
/// avec la date, et les règles (échéances, plafond PLS, unités de consommation) suivent la ligne en vigueur.
/// </summary>
public sealed class ParametresLegauxDemandeTests
{
    private static readonly ParametresLegauxDemande Aujourdhui = ParametresLegauxDemande.Historique[^1];

    // Une histoire fictive : un texte du 1er janvier 2030 change les quatre chiffres.
    private static readonly IReadOnlyList<ParametresLegauxDemande> Histoire =
    [
        Aujourdhui,
        Aujourdhui with
        {
            ValideDepuis = new DateOnly(2030, 1, 1),
            Source = "texte fictif",
            MoisValidite = 24,
            MoisAvantRadiation = 25,
            CoefficientPls = 1.40m,
            AgeAdulteUc = 15,
        },
    ];

    [Theory]
    [InlineData("1995-06-01", 12, 13, 1.30, 14)]
    [InlineData("2026-12-06", 12, 13, 1.30, 14)]
    [InlineData("2029-12-31", 12, 13, 1.30, 14)]
    [InlineData("2030-01-01", 24, 25, 1.40, 15)]
    [InlineData("2031-07-14", 24, 25, 1.40, 15)]
    public void La_valeur_en_vigueur_change_avec_la_date(
        string date,
        int validite,
        int radiation,
        double coefficientPls,
        int ageAdulte
    )
    {
        var p = ParametresLegauxDemande.EnVigueur(Histoire, DateOnly.Parse(date, null));
        Assert.Equal(validite, p.MoisValidite);
        Assert.Equal(radiation, p.MoisAvantRadiation);
        Assert.Equal((decimal)coefficientPls, p.CoefficientPls);
        Assert.Equal(ageAdulte, p.AgeAdulteUc);
    }

    [Fact]
    public void Les_valeurs_d_aujourd_hui_et_leur_source()
    {
        var p = ParametresLegauxDemande.EnVigueur(new DateOnly(2026, 12, 6));
        Assert.Equal((12, 13, 1.30m, 14), (p.MoisValidite, p.MoisAvantRadiation, p.CoefficientPls, p.AgeAdulteUc));
        Assert.Contains("CCH R441-2-8", p.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-31", "2026-03-31", "2026-04-30")]
    [InlineData("2024-02-29", "2025-02-28", "2025-03-29")]
    public void Les_echeances_lisent_la_ligne_en_vigueur_au_depot(string depot, string finValidite, string radiation)
    {
        var d = new DemandeLogement
        {
            NumeroUnique = "030",
            DepartementCode = "30",
            DateDepot = DateOnly.Parse(depot, null),
        };
        Assert.Equal(DateOnly.Parse(finValidite, null), EcheancesDemande.FinValidite(d.DateDepot, null));
        Assert.Equal(DateOnly.Parse(radiation, null), EcheancesDemande.RadiationAutomatique(d));
    }

    [Fact]
    public void Le_plafond_PLS_lit_le_coefficient_de_l_annee_du_bareme()
    {
        var plus = PlafondsRessources.Annee2026.First(p =>
            p.Produit == ProduitLogement.Plus && p.Geographie == GeographiePlafonds.AutresRegions
        );
        var pls = PlafondsRessources.PlsDepuisPlus(plus);
        Assert.Equal(48_859m, pls.ParCategorie[2]); // 37 584 × 1,30 = 48 859,2
        Assert.Contains("PLS = PLUS × 1,30", pls.Source, StringComparison.Ordinal);
    }
}
