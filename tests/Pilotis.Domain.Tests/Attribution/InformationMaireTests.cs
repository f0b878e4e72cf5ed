using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

public class InformationMaireTests
{
    [Theory]
    [InlineData(8, true)]
    [InlineData(30, true)]
    [InlineData(7, false)]
    [InlineData(0, false)]
    public void Annonce_a_temps_huit_jours_avant(int jours, bool attendu)
    {
        var seance = new DateTimeOffset(2026, 12, 15, 14, 0, 0, TimeSpan.Zero);
        Assert.Equal(attendu, InformationMaire.AnnonceATemps(seance.AddDays(-jours), seance));
    }
}
