using Pilotis.Domain.Information;

namespace Pilotis.Domain.Tests.Information;

/// <summary>La table des 11 solutions (seed 001, III) et les codes de ses indicateurs.</summary>
public sealed class FeuilleDeRouteTests
{
    [Fact]
    public void Onze_solutions_numerotees_de_1_a_11_chacune_avec_un_indicateur_au_moins()
    {
        Assert.Equal(Enumerable.Range(1, 11), FeuilleDeRoute.Solutions.Select(s => s.Numero));
        Assert.All(FeuilleDeRoute.Solutions, s => Assert.NotEmpty(s.Indicateurs));
        Assert.All(FeuilleDeRoute.Solutions, s => Assert.InRange(s.NumeroAxe, 1, 5));
        Assert.All(FeuilleDeRoute.Solutions, s =>
            Assert.All(s.Indicateurs, i => Assert.StartsWith($"S{s.Numero}-", i.Code, StringComparison.Ordinal))
        );
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    [InlineData(9, 4)]
    [InlineData(10, 5)]
    [InlineData(11, 5)]
    public void Chaque_solution_est_dans_son_axe(int solution, int axe) =>
        Assert.Equal(axe, FeuilleDeRoute.Solutions.Single(s => s.Numero == solution).NumeroAxe);

    [Theory]
    [InlineData("S6-ELUS-FORMES", "%", 6)]
    [InlineData("S6-SATISFACTION", "/5", 6)]
    [InlineData("S7-HABITANTS-RENCONTRES", "nombre", 7)]
    [InlineData("S7-CONCERTATION-AVANT-PERMIS", "%", 7)]
    [InlineData("S8-COMMUNES-PUBLIANT", "nombre", 8)]
    [InlineData("S8-VISITES-MOIS", "visites/mois", 8)]
    [InlineData("S9-EXHAUSTIVITE", "%", 9)]
    [InlineData("S9-A-JOUR", "%", 9)]
    [InlineData("S1-OPERATIONS-REUSSIES", "nombre", 1)]
    [InlineData("S5-LOGEMENTS-POTENTIELS", "logements", 5)]
    public void Les_codes_des_modules_branches_ensuite_sont_fixes(string code, string unite, int solution)
    {
        var indicateur = FeuilleDeRoute.Trouver(code);
        Assert.NotNull(indicateur);
        Assert.Equal(unite, indicateur.Unite);
        Assert.Contains(indicateur, FeuilleDeRoute.Solutions.Single(s => s.Numero == solution).Indicateurs);
    }

    [Fact]
    public void Les_codes_sont_uniques_et_un_code_inconnu_ne_trouve_rien()
    {
        var codes = FeuilleDeRoute.Solutions.SelectMany(s => s.Indicateurs).Select(i => i.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Null(FeuilleDeRoute.Trouver("S12-INCONNU"));
        Assert.Null(FeuilleDeRoute.Trouver(null));
    }

    [Fact]
    public void Les_propositions_nationales_ont_des_codes_uniques_et_leurs_simulations_existent()
    {
        var codes = PropositionsNationales.Toutes.Select(p => p.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(PropositionsNationales.Toutes, p =>
            p.Simulation == "/financement/propositions?scenario=tva-5-5"
        );
        Assert.Contains(PropositionsNationales.Toutes, p => p.Simulation == "/sru/simulateur?taux=20");
        Assert.All(PropositionsNationales.Toutes.Where(p => p.Simulation is not null), p =>
            Assert.False(string.IsNullOrEmpty(p.LibelleSimulation))
        );
    }
}
