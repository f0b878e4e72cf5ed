using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>
/// Conversion des réservations en stock en part du flux (décret n° 2020-145 du 20 février 2020 ; CCH R441-5) :
/// réservations × taux de rotation / flux annuel prévisionnel, au dixième.
/// </summary>
public class ConversionReservationsTests
{
    [Theory]
    [InlineData(
        120,
        "9.5",
        380,
        "11.4",
        "3.0",
        "120 logements réservés × 9,5 % de rotation = 11,4 libérations par an, sur un flux prévisionnel de 380 : 3,0 %"
    )]
    [InlineData(
        1,
        "10",
        100,
        "0.1",
        "0.1",
        "1 logement réservé × 10 % de rotation = 0,1 libération par an, sur un flux prévisionnel de 100 : 0,1 %"
    )]
    // 3 × 5 % = 0,15 → 0,2 (demi vers le haut) ; 0,15 / 2 = 7,5 %.
    [InlineData(
        3,
        "5",
        2,
        "0.2",
        "7.5",
        "3 logements réservés × 5 % de rotation = 0,2 libération par an, sur un flux prévisionnel de 2 : 7,5 %"
    )]
    // La part part des libérations non arrondies : 7 × 7 % = 0,49 ; 0,49 / 10 = 4,9 % (et non 0,5 / 10 = 5 %).
    [InlineData(
        7,
        "7",
        10,
        "0.5",
        "4.9",
        "7 logements réservés × 7 % de rotation = 0,5 libération par an, sur un flux prévisionnel de 10 : 4,9 %"
    )]
    public void Part_equivalente(
        int reservations,
        string taux,
        int flux,
        string liberations,
        string part,
        string phrase
    )
    {
        var r = ConversionReservations.Calculer(reservations, Dec(taux), flux);
        Assert.NotNull(r);
        Assert.Equal(Dec(liberations), r.LiberationsParAn);
        Assert.Equal(Dec(part), r.PartEquivalente);
        Assert.Equal(phrase, r.Calcul);
    }

    [Theory]
    [InlineData(0, "9.5", 380)]
    [InlineData(120, null, 380)]
    [InlineData(120, "0", 380)]
    [InlineData(120, "9.5", null)]
    [InlineData(120, "9.5", 0)]
    public void Sans_donnees_pas_de_calcul(int reservations, string? taux, int? flux) =>
        Assert.Null(ConversionReservations.Calculer(reservations, taux is null ? null : Dec(taux), flux));

    private static decimal Dec(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
