using Pilotis.Domain.Territoire;

namespace Pilotis.Domain.Tests;

public class TexteRechercheTests
{
    [Theory]
    [InlineData("Nîmes", "nimes")]
    [InlineData("Saint-Hippolyte-du-Fort", "saint hippolyte du fort")]
    [InlineData("L'Œuvre", "l oeuvre")]
    [InlineData("  Alès ", "ales")]
    [InlineData("", "")]
    public void Normaliser_retire_accents_casse_et_ponctuation(string saisie, string attendu) =>
        Assert.Equal(attendu, TexteRecherche.Normaliser(saisie));

    [Theory]
    [InlineData("st gilles", "saint gilles")]
    [InlineData("Ste-Anastasie", "sainte anastasie")]
    public void NormaliserSaisie_developpe_les_abreviations(string saisie, string attendu) =>
        Assert.Equal(attendu, TexteRecherche.NormaliserSaisie(saisie));
}
