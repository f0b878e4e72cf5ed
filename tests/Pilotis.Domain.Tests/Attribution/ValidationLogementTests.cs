using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Bornes d'une ligne du répertoire du parc (RPLS, CCH L411-10), exactes aux bornes.</summary>
public sealed class ValidationLogementTests
{
    [Theory]
    [InlineData("0", false)]
    [InlineData("-5", false)]
    [InlineData("0.01", true)]
    [InlineData("65.5", true)]
    [InlineData("500", true)]
    [InlineData("500.01", false)]
    public void Surface_strictement_positive_et_au_plus_500_m2(string surface, bool admise) =>
        Assert.Equal(
            admise,
            ValidationLogement.RefusSurface(decimal.Parse(surface, System.Globalization.CultureInfo.InvariantCulture))
                is null
        );

    [Theory]
    [InlineData(1849, 2026, false)]
    [InlineData(1850, 2026, true)]
    [InlineData(2026, 2026, true)]
    [InlineData(2027, 2026, false)]
    public void Annee_de_construction_de_1850_a_l_annee_en_cours(int annee, int courante, bool admise) =>
        Assert.Equal(admise, ValidationLogement.RefusAnnee(annee, courante) is null);

    [Theory]
    [InlineData("-0.01", false)]
    [InlineData("0", true)]
    [InlineData("812.50", true)]
    public void Loyer_positif_ou_nul(string loyer, bool admis) =>
        Assert.Equal(
            admis,
            ValidationLogement.RefusLoyer(decimal.Parse(loyer, System.Globalization.CultureInfo.InvariantCulture))
                is null
        );

    [Theory]
    [InlineData(null, true, null)]
    [InlineData("", true, null)]
    [InlineData("a", true, 'A')]
    [InlineData(" G ", true, 'G')]
    [InlineData("H", false, null)]
    [InlineData("AB", false, null)]
    public void Etiquette_de_A_a_G_ou_vide(string? texte, bool lue, char? attendue)
    {
        Assert.Equal(lue, ValidationLogement.LireEtiquette(texte, out var etiquette));
        Assert.Equal(attendue, etiquette);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("12345678901234567890", true)]
    [InlineData("123456789012345678901", false)]
    public void Identifiant_obligatoire_de_20_caracteres_au_plus(string? identifiant, bool admis) =>
        Assert.Equal(admis, ValidationLogement.RefusIdentifiant(identifiant) is null);

    [Theory]
    [InlineData(ReservationNonConvertie.Aucune, null, true)]
    [InlineData(ReservationNonConvertie.Aucune, 5, false)]
    [InlineData(ReservationNonConvertie.DefenseSecuriteInterieure, null, false)]
    [InlineData(ReservationNonConvertie.DefenseSecuriteInterieure, 5, true)]
    [InlineData(ReservationNonConvertie.EtablissementSante, 5, true)]
    public void Une_reservation_en_stock_nomme_son_reservataire(
        ReservationNonConvertie reservation,
        int? reservataire,
        bool admise
    ) => Assert.Equal(admise, ValidationLogement.RefusReservation(reservation, reservataire) is null);

    [Theory]
    [InlineData("700", "100", "7")]
    [InlineData("1000", "150", "6.67")]
    [InlineData("500", "0", null)]
    public void Loyer_au_m2_arrondi_au_centime(string loyers, string surfaces, string? attendu)
    {
        var i = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(
            attendu is null ? null : decimal.Parse(attendu, i),
            ValidationLogement.LoyerAuMetreCarre(decimal.Parse(loyers, i), decimal.Parse(surfaces, i))
        );
    }
}
