using Pilotis.Domain.Foncier;

namespace Pilotis.Domain.Tests.Foncier;

/// <summary>Les règles d'un site saisi ou importé, champ par champ.</summary>
public sealed class ValidationSiteFoncierTests
{
    [Fact]
    public void Un_site_complet_est_admis() => Assert.Empty(ValidationSiteFoncier.Valider(Sites.Nouveau()));

    public static TheoryData<string, Action<SiteFoncier>> Fautes =>
        new()
        {
            { "Identifiant", s => s.Identifiant = " " },
            { "Identifiant", s => s.Identifiant = new string('x', 41) },
            { "Nom", s => s.Nom = "" },
            { "SurfaceM2", s => s.SurfaceM2 = 0 },
            { "SurfaceM2", s => s.SurfaceM2 = 100_000_001 },
            { "Longitude", s => s.Longitude = 4.36m },
            { "Longitude", s => (s.Longitude, s.Latitude) = (181m, 43m) },
            { "Latitude", s => (s.Longitude, s.Latitude) = (4.36m, -91m) },
            { "Geometrie", s => s.Geometrie = "{\"type\":\"Line\",\"coordinates\":[1,2]}" },
            { "Geometrie", s => s.Geometrie = "{\"type\":\"Point\"}" },
            { "Geometrie", s => s.Geometrie = "{\"type\":\"Point\",\"coordinates\":[\"a\",2]}" },
            { "Geometrie", s => s.Geometrie = "{pas du json" },
            { "Geometrie", s => s.Geometrie = "[4.3, 43.8]" },
            { "OperationId", s => s.Statut = StatutSite.EnOperation },
            { "PorteurId", s => s.PorteurId = 3 },
            { "Observations", s => s.Observations = new string('x', 2001) },
        };

    [Theory]
    [MemberData(nameof(Fautes))]
    public void Une_faute_est_rapportee_sous_son_champ(string champ, Action<SiteFoncier> faute)
    {
        var site = Sites.Nouveau();
        faute(site);
        Assert.Equal(champ, Assert.Single(ValidationSiteFoncier.Valider(site)).Champ);
    }

    [Theory]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[4.36,43.83]}", "4.36", "43.83")]
    [InlineData(
        "{\"type\":\"Polygon\",\"coordinates\":[[[4.1,43.1],[4.2,43.1],[4.2,43.2],[4.1,43.1]]]}",
        "4.1",
        "43.1"
    )]
    public void Le_point_de_la_carte_vient_de_la_geometrie_sans_coordonnees(string geo, string lon, string lat)
    {
        var site = Sites.Nouveau();
        site.Geometrie = geo;
        Assert.Empty(ValidationSiteFoncier.Valider(site));
        var point = ValidationSiteFoncier.Point(site);
        Assert.Equal(decimal.Parse(lon, System.Globalization.CultureInfo.InvariantCulture), point!.Value.Longitude);
        Assert.Equal(decimal.Parse(lat, System.Globalization.CultureInfo.InvariantCulture), point.Value.Latitude);
        site.Longitude = 1m;
        site.Latitude = 2m;
        Assert.Equal((1m, 2m), ValidationSiteFoncier.Point(site));
    }
}
