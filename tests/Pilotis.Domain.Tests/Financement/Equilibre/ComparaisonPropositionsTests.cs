using Pilotis.Domain.Financement.Equilibre;

namespace Pilotis.Domain.Tests.Financement.Equilibre;

public class ComparaisonPropositionsTests
{
    private static List<ResultatEquilibre> Operation(params bool?[] equilibrees) =>
        [
            .. ScenariosEquilibre.Tous.Select(
                (s, i) =>
                    equilibrees[i] is bool e
                        ? new ResultatEquilibre
                        {
                            Scenario = s,
                            Equilibree = e,
                            Logements = 10,
                            FondsPropresRequis = e ? 100_000m : 600_000m,
                        }
                        : new ResultatEquilibre { Scenario = s, Motif = "zone inconnue" }
            ),
        ];

    [Fact]
    public void Compte_les_equilibrees_et_celles_qui_le_deviennent()
    {
        var operations = new[]
        {
            Operation(true, true, true, true, true, true, true),
            Operation(false, true, false, false, true, false, true),
            Operation(false, false, false, false, false, false, false),
            Operation(null, null, null, null, true, null, true),
        };
        var s = ComparaisonPropositions.Synthese(operations);
        Assert.Equal([3, 3, 3, 3, 4, 3, 4], s.Select(x => x.Calculables));
        Assert.Equal([1, 2, 1, 1, 3, 1, 3], s.Select(x => x.Equilibrees));
        Assert.Equal([0, 1, 0, 0, 2, 0, 2], s.Select(x => x.DevenuesEquilibrees));
        Assert.Equal(43_333.33m, s[0].FondsPropresMoyensParLogement); // (100 000 + 2 × 600 000) / 30
        Assert.True(ComparaisonPropositions.Devient(operations[1], 1));
        Assert.False(ComparaisonPropositions.Devient(operations[0], 1));
        Assert.True(ComparaisonPropositions.Devient(operations[3], 4));
    }
}
