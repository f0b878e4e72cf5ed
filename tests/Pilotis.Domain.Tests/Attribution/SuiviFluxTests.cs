using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Suivi d'une convention de flux (CCH R441-5) : dû, écart, prévision de fin d'année et sa méthode.</summary>
public class SuiviFluxTests
{
    // 2026 compte 365 jours ; au 31 mars, 90 jours sont écoulés.
    [Theory]
    [InlineData("30", 10, 2, null, "2026-03-31", "3", "1", "12.2", "projection linéaire")]
    [InlineData("30", 10, 4, 200, "2026-03-31", "3", "-1", "60", "flux annuel prévisionnel")]
    [InlineData("25", 7, 1, null, "2026-12-31", "1.8", "0.8", "1.8", "projection linéaire")] // 1,75 → 1,8
    [InlineData("20", 0, 0, null, "2026-01-01", "0", "0", "0", "projection linéaire")]
    public void Du_ecart_et_prevision(
        string part,
        int flux,
        int orientes,
        int? prevu,
        string reference,
        string du,
        string ecart,
        string prevision,
        string methode
    )
    {
        var r = SuiviFlux.Calculer(Dec(part), flux, orientes, 0, prevu, 2026, DateOnly.Parse(reference, Inv));
        Assert.Equal((Dec(du), Dec(ecart), Dec(prevision)), (r.Du, r.Ecart, r.PrevisionFinAnnee));
        Assert.StartsWith(methode, r.MethodePrevision, StringComparison.Ordinal);
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static decimal Dec(string s) => decimal.Parse(s, Inv);
}
