using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Contrôles des saisies de la réforme : dates ni futures ni antérieures à la loi ALUR, textes bornés.
/// </summary>
public class ValidationReformeTests
{
    private static readonly DateOnly Aujourdhui = new(2026, 12, 6);

    [Theory]
    [InlineData("2026-12-06", "Délibération 12", true)]
    [InlineData("2026-12-07", "Délibération 12", false)] // dans l'avenir
    [InlineData("2014-03-24", "Arrêté", true)] // loi ALUR : la CIL existe
    [InlineData("2014-03-23", "Arrêté", false)]
    [InlineData("2020-01-01", " ", false)] // référence obligatoire
    public void Etape(string date, string reference, bool valide)
    {
        var e = new EtapeReformeEpci
        {
            EpciSiren = "200066918",
            Etape = TypeEtapeReforme.SignatureCia,
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            ReferenceActe = reference,
        };
        Assert.Equal(valide, ValidationReforme.Valider(e, Aujourdhui).Count == 0);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(BesoinCil.NombreLogementsMaximum, true)]
    [InlineData(BesoinCil.NombreLogementsMaximum + 1, false)]
    public void Besoin_nombre_de_logements(int nombre, bool valide)
    {
        var b = new BesoinCil
        {
            CommuneCode = "30189",
            EpciSiren = "243000643",
            Date = Aujourdhui,
            Typologie = "T2",
            Public = "Jeunes",
            NombreLogements = nombre,
        };
        var erreurs = ValidationReforme.Valider(b, Aujourdhui);
        Assert.Equal(valide, erreurs.Count == 0);
        if (!valide)
            Assert.Equal(nameof(BesoinCil.NombreLogements), Assert.Single(erreurs).Champ);
    }

    [Fact]
    public void Reunion_sans_commune_refusee() =>
        Assert.Contains(
            ValidationReforme.Valider(new ReunionCil { EpciSiren = "243000643", Date = Aujourdhui }, Aujourdhui),
            e => e.Champ == nameof(ReunionCil.CommunesRepresentees)
        );
}
