using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Demande;

/// <summary>
/// La clé de tri de l'index de classement (ADR 0020) : le score en centièmes, les demandes sans score après toutes
/// les autres. Trier par clé décroissante, puis dépôt, puis identifiant, doit redonner <see cref="OrdreClassement"/>
/// (CCH L441-2-8 : le même ordre partout).
/// </summary>
public sealed class ClassementDemandeTests
{
    [Theory]
    [InlineData(null, long.MinValue)]
    [InlineData("0", 0L)]
    [InlineData("12.25", 1225L)]
    [InlineData("55.5", 5550L)]
    [InlineData("-4", -400L)]
    [InlineData("-0.01", -1L)]
    [InlineData("9999999.99", 999999999L)]
    public void La_cle_est_le_score_en_centiemes_et_le_minimum_sans_score(string? score, long cle)
    {
        decimal? valeur = score is null
            ? null
            : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(cle, ClassementDemande.Cle(valeur));
    }

    [Fact]
    public void Trier_par_cle_redonne_l_ordre_de_classement()
    {
        var janvier = new DateOnly(2025, 1, 10);
        var mars = new DateOnly(2025, 3, 5);
        (long Id, decimal? Score, DateOnly Depot)[] demandes =
        [
            (1, null, janvier),
            (2, 40m, mars),
            (3, 55.5m, mars),
            (4, 40m, janvier),
            (5, -3.5m, janvier),
            (6, 40.01m, mars),
            (7, 0m, mars),
            (8, null, new DateOnly(2024, 12, 1)),
            (9, -1000m, janvier),
        ];
        var parCle = demandes
            .OrderByDescending(d => ClassementDemande.Cle(d.Score))
            .ThenBy(d => d.Depot)
            .ThenBy(d => d.Id)
            .Select(d => d.Id);
        var parOrdre = demandes
            .Order(
                Comparer<(long Id, decimal? Score, DateOnly Depot)>.Create(
                    (a, b) => OrdreClassement.Comparer((a.Score, a.Depot, a.Id), (b.Score, b.Depot, b.Id))
                )
            )
            .Select(d => d.Id);
        Assert.Equal(parOrdre, parCle);
        Assert.Equal([3L, 6, 4, 2, 7, 5, 9, 8, 1], parCle);
    }
}
