using Pilotis.Domain.Foncier;

namespace Pilotis.Domain.Tests.Foncier;

/// <summary>
/// Capacité estimée = surface (ha) × densité de la zone × part LLS, à l'unité inférieure (DOMAIN §7).
/// </summary>
public sealed class CapaciteFonciereTests
{
    [Theory]
    [InlineData(10_000, "40", "0.25", 10)]
    [InlineData(2_500, "50", "0.30", 3)] // 3,75 → 3 : un logement entier ou rien
    [InlineData(4_000, "50", "0.50", 10)]
    [InlineData(15_000, "35", "1", 52)] // 52,5
    [InlineData(1, "500", "1", 0)]
    [InlineData(20_000, "0", "0.5", 0)] // zone A ou N : densité nulle
    [InlineData(20_000, "40", "0", 0)]
    [InlineData(0, "40", "0.5", 0)]
    [InlineData(100_000_000, "500", "1", 5_000_000)]
    public void Formule(int surface, string densite, string part, int attendu) =>
        Assert.Equal(
            attendu,
            CapaciteFonciere.Estimer(
                surface,
                decimal.Parse(densite, System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(part, System.Globalization.CultureInfo.InvariantCulture)
            )
        );

    private static ParametreCapacite P(int id, string epci, ZonePlu zone, int densite, string depuis) =>
        new()
        {
            Id = id,
            EpciSiren = epci,
            Zone = zone,
            DensiteLogementsHectare = densite,
            PartLls = 0.5m,
            ValideDepuis = DateOnly.Parse(depuis, System.Globalization.CultureInfo.InvariantCulture),
            Source = "PLH",
        };

    [Theory]
    [InlineData("2023-12-31", null)]
    [InlineData("2024-01-01", 40)]
    [InlineData("2025-06-30", 40)]
    [InlineData("2025-07-01", 60)]
    [InlineData("2030-01-01", 60)]
    public void Le_parametre_en_vigueur_est_le_plus_recent_qui_precede_la_date(string date, int? densite)
    {
        List<ParametreCapacite> parametres =
        [
            P(1, "243000643", ZonePlu.U, 40, "2024-01-01"),
            P(2, "243000643", ZonePlu.U, 60, "2025-07-01"),
            P(3, "243000643", ZonePlu.AU, 99, "2020-01-01"),
            P(4, "200066918", ZonePlu.U, 99, "2020-01-01"),
        ];
        var p = CapaciteFonciere.EnVigueur(
            parametres,
            "243000643",
            ZonePlu.U,
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.Equal(densite, (int?)p?.DensiteLogementsHectare);
    }

    [Fact]
    public void Sans_parametre_pour_sa_zone_un_site_n_a_pas_de_capacite()
    {
        var site = Sites.Nouveau();
        site.Zone = ZonePlu.N;
        List<ParametreCapacite> parametres = [P(1, site.EpciSiren!, ZonePlu.U, 40, "2020-01-01")];
        Assert.Null(CapaciteFonciere.Estimer(site, parametres, new DateOnly(2026, 1, 1)));
        site.Zone = ZonePlu.U;
        site.SurfaceM2 = 5_000;
        Assert.Equal(10, CapaciteFonciere.Estimer(site, parametres, new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(-1, "0.5", "PLH", "DensiteLogementsHectare")]
    [InlineData(501, "0.5", "PLH", "DensiteLogementsHectare")]
    [InlineData(40, "1.01", "PLH", "PartLls")]
    [InlineData(40, "-0.1", "PLH", "PartLls")]
    [InlineData(40, "0.5", " ", "Source")]
    [InlineData(40, "0.5", "PLH", null)]
    public void Validation_des_parametres(int densite, string part, string source, string? champ)
    {
        var p = P(1, "243000643", ZonePlu.U, densite, "2024-01-01");
        p.PartLls = decimal.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
        p.Source = source;
        var erreurs = CapaciteFonciere.Valider(p);
        if (champ is null)
            Assert.Empty(erreurs);
        else
            Assert.Equal(champ, Assert.Single(erreurs).Champ);
    }
}
