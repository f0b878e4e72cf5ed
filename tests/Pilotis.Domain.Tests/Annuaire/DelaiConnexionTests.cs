using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Tests.Annuaire;

public class DelaiConnexionTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(4, 0)] // quatre fautes de frappe : aucun délai
    [InlineData(5, 30)] // le cinquième échec impose 30 s
    [InlineData(6, 60)]
    [InlineData(7, 120)]
    [InlineData(8, 240)]
    [InlineData(9, 480)]
    [InlineData(10, 900)] // 960 s plafonnés à 15 minutes
    [InlineData(50, 900)] // jamais plus de 15 minutes, même après des centaines d'essais
    public void Le_delai_double_apres_quatre_echecs_et_plafonne_a_quinze_minutes(int echecs, int secondes) =>
        Assert.Equal(TimeSpan.FromSeconds(secondes), DelaiConnexion.Apres(echecs));
}
