using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Domain.Production;
using C = Pilotis.Domain.Financement.Equilibre.CatalogueParametresFinanciers;

namespace Pilotis.Domain.Tests.Financement.Equilibre;

public class ParametresEquilibreTests
{
    private static ParametreFinancier Ligne(string code, decimal valeur, int annee, int id = 0) =>
        new()
        {
            Id = id,
            Code = code,
            Valeur = valeur,
            ValideDepuis = new DateOnly(annee, 1, 1),
            Source = "test",
        };

    // La valeur en vigueur est la plus récente qui précède la date ; sans ligne, la valeur semée.
    [Theory]
    [InlineData(2023, 0.017)]
    [InlineData(2024, 0.03)]
    [InlineData(2025, 0.03)]
    [InlineData(2026, 0.015)]
    public void Valeur_en_vigueur_a_la_date(int annee, decimal attendu)
    {
        var lignes = new[] { Ligne(C.LivretA, 0.03m, 2024), Ligne(C.LivretA, 0.015m, 2026) };
        var p = ParametresEquilibre.EnVigueur(lignes, new DateOnly(annee, 6, 1));
        Assert.Equal(attendu, p.Valeur(C.LivretA));
    }

    // Taux des prêts : Livret A + marge du produit (PLAI − 0,20 ; PLUS + 0,60 ; PLS + 1,11).
    [Theory]
    [InlineData(Produit.Plai, 0.015)]
    [InlineData(Produit.PlaiAdapte, 0.015)]
    [InlineData(Produit.Plus, 0.023)]
    [InlineData(Produit.Pls, 0.0281)]
    public void Taux_du_pret_par_produit(Produit produit, decimal attendu) =>
        Assert.Equal(attendu, ParametresEquilibre.ParDefaut().TauxPret(produit));

    [Fact]
    public void Un_scenario_remplace_par_la_valeur_de_la_proposition()
    {
        var loi = ParametresEquilibre.ParDefaut().Avec(C.TvaPlusProposition, 0.07m);
        var p = ScenariosEquilibre.TvaReduite.Appliquer(loi);
        Assert.Equal(0.07m, p.Tva(Produit.Plus));
        Assert.Equal(0.10m, loi.Tva(Produit.Plus));
        Assert.False(p.ZonageAbc);
        Assert.True(ScenariosEquilibre.ZonageAbc.Appliquer(loi).ZonageAbc);
        Assert.Equal(0m, ScenariosEquilibre.SansGarantie.Appliquer(loi).Valeur(C.CoutGarantie));
    }

    [Fact]
    public void Chaque_plafond_de_loyer_existe_pour_chaque_zone_et_chaque_produit()
    {
        var p = ParametresEquilibre.ParDefaut();
        foreach (var produit in new[] { Produit.Plai, Produit.Plus, Produit.Pls })
        {
            foreach (var zone in C.Zones123.Concat(C.ZonesAbc))
                Assert.True(p.PlafondLoyer(produit, zone) > 0, $"{produit} {zone}");
        }
        Assert.Null(p.PlafondLoyer(Produit.Plus, "Z"));
    }

    [Fact]
    public void Chaque_remplacement_de_scenario_vise_un_parametre_du_catalogue()
    {
        foreach (var r in ScenariosEquilibre.Tous.SelectMany(s => s.Remplacements))
        {
            Assert.NotNull(C.Trouver(r.Code));
            if (r.DepuisCode is not null)
                Assert.NotNull(C.Trouver(r.DepuisCode));
        }
        Assert.All(C.Definitions, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
        Assert.Equal(C.Definitions.Count, C.Definitions.Select(d => d.Code).Distinct().Count());
    }
}
