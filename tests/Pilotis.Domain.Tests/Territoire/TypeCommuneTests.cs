using Pilotis.Domain.Territoire;

namespace Pilotis.Domain.Tests;

/// <summary>The <c>type</c> field of communes.json (@etalab/decoupage-administratif) mapped to the COG kinds.</summary>
public class TypeCommuneTests
{
    [Theory]
    [InlineData("commune-actuelle", TypeCommune.Actuelle, "Commune")]
    [InlineData("commune-deleguee", TypeCommune.Deleguee, "Commune déléguée")]
    [InlineData("commune-associee", TypeCommune.Associee, "Commune associée")]
    [InlineData("arrondissement-municipal", TypeCommune.ArrondissementMunicipal, "Arrondissement municipal")]
    public void DepuisReferentiel_connu(string valeur, TypeCommune attendu, string libelle)
    {
        Assert.Equal(attendu, TypeCommuneLibelles.DepuisReferentiel(valeur));
        Assert.Equal(libelle, attendu.Libelle());
    }

    [Theory]
    [InlineData("Commune-Actuelle")]
    [InlineData("commune")]
    [InlineData("commune-actuelle ")]
    [InlineData("")]
    [InlineData(null)]
    public void DepuisReferentiel_inconnu_donne_null(string? valeur) =>
        Assert.Null(TypeCommuneLibelles.DepuisReferentiel(valeur));
}
