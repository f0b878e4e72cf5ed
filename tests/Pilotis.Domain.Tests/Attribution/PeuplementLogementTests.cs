using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

public class PeuplementLogementTests
{
    // Sous-occupation (CCH L621-2) : plus d'une pièce de plus que de personnes. Un T4 demande donc trois personnes.
    [Theory]
    [InlineData(TypologieLogement.T1, 1)]
    [InlineData(TypologieLogement.T2, 1)]
    [InlineData(TypologieLogement.T3, 2)]
    [InlineData(TypologieLogement.T4, 3)]
    [InlineData(TypologieLogement.T5, 4)]
    [InlineData(TypologieLogement.T6Plus, 5)]
    public void Minimum_contre_la_sous_occupation(TypologieLogement typologie, int minimum) =>
        Assert.Equal(minimum, PeuplementLogement.PersonnesMinimum(typologie));

    // Suroccupation (CCH R822-25) : 9 m² pour une personne, 16 m² pour deux, + 9 m² par personne, 70 m² pour huit et
    // plus.
    [Theory]
    [InlineData("8.99", 0)]
    [InlineData("9", 1)]
    [InlineData("15.99", 1)]
    [InlineData("16", 2)]
    [InlineData("24.99", 2)]
    [InlineData("25", 3)]
    [InlineData("34", 4)]
    [InlineData("61", 7)]
    [InlineData("69.99", 7)]
    [InlineData("70", PeuplementLogement.SansMaximum)]
    public void Maximum_contre_la_suroccupation(string surface, int maximum) =>
        Assert.Equal(
            maximum,
            PeuplementLogement.PersonnesMaximum(
                decimal.Parse(surface, System.Globalization.CultureInfo.InvariantCulture)
            )
        );

    [Theory]
    [InlineData(TypologieLogement.T3, "65", 2, true)]
    [InlineData(TypologieLogement.T3, "65", 1, false)] // sous-occupation
    [InlineData(TypologieLogement.T2, "30", 3, true)]
    [InlineData(TypologieLogement.T2, "30", 4, false)] // suroccupation : 30 m² < 34 m²
    [InlineData(TypologieLogement.T5, "95", 9, true)]
    public void Admet(TypologieLogement typologie, string surface, int personnes, bool attendu) =>
        Assert.Equal(
            attendu,
            PeuplementLogement.Admet(
                typologie,
                decimal.Parse(surface, System.Globalization.CultureInfo.InvariantCulture),
                personnes
            )
        );

    [Fact]
    public void Libelle_dit_la_plage_ou_l_impossibilite()
    {
        Assert.Equal("de 2 à 5 personne(s)", PeuplementLogement.Libelle(TypologieLogement.T3, 45m));
        Assert.Equal("4 personne(s) ou plus", PeuplementLogement.Libelle(TypologieLogement.T5, 90m));
        Assert.StartsWith(
            "aucune",
            PeuplementLogement.Libelle(TypologieLogement.T6Plus, 20m),
            StringComparison.Ordinal
        );
    }
}
