using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Tests;

/// <summary>SIREN: 9 digits whose Luhn key is valid (INSEE, répertoire SIRENE).</summary>
public class SirenTests
{
    [Theory]
    [InlineData("243000643", true)] // CA de Nîmes Métropole
    [InlineData("200066918", true)] // CA Alès Agglomération
    [InlineData("213001894", true)] // Commune de Nîmes
    [InlineData("213000078", true)] // Commune d'Alès
    [InlineData("356000000", true)] // La Poste
    [InlineData("243000644", false)] // last digit changed
    [InlineData("200066919", false)]
    [InlineData("243000634", false)] // two digits swapped
    [InlineData("24300064", false)] // 8 digits
    [InlineData("2430006430", false)] // 10 digits
    [InlineData("24300064A", false)]
    [InlineData("243 000 643", false)]
    [InlineData(" 243000643", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void SirenValide(string? siren, bool attendu) => Assert.Equal(attendu, Organisation.SirenValide(siren));
}
