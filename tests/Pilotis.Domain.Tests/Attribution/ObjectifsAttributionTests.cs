using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

public class ObjectifsAttributionTests
{
    // CCH L441-1 (loi Égalité et citoyenneté du 27 janvier 2017) : 25 % hors QPV au premier quartile, 50 % en QPV aux
    // trois autres quartiles (objectif par défaut, la CIA peut l'adapter), 25 % aux ménages DALO puis prioritaires.
    [Theory]
    [InlineData("2017-01-29")]
    [InlineData("2026-06-30")]
    [InlineData("2010-01-01")] // avant la première ligne : la première
    public void Objectifs_de_la_loi(string date)
    {
        var o = ObjectifsAttribution.EnVigueur(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((0.25m, 0.50m, 0.25m), (o.HorsQpvPremierQuartile, o.EnQpvAutresQuartiles, o.DaloOuPrioritaires));
        Assert.Contains("L441-1", o.Source, StringComparison.Ordinal);
    }

    // « au moins 25 % » : la borne est atteinte exactement.
    [Theory]
    [InlineData(1, 4, "0.25", true)]
    [InlineData(1, 5, "0.25", false)]
    [InlineData(24, 100, "0.25", false)]
    [InlineData(25, 100, "0.25", true)]
    [InlineData(1, 2, "0.50", true)]
    [InlineData(2, 5, "0.50", false)]
    [InlineData(0, 0, "0.25", true)] // rien à attribuer, rien de dû
    public void Objectif_atteint_a_la_borne(int numerateur, int denominateur, string objectif, bool attendu) =>
        Assert.Equal(
            attendu,
            ObjectifsAttribution.Atteint(
                numerateur,
                denominateur,
                decimal.Parse(objectif, System.Globalization.CultureInfo.InvariantCulture)
            )
        );
}
