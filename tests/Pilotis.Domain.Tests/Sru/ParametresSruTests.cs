using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Tests.Sru;

public class ParametresSruTests
{
    private static readonly ParametresSru P2023 = ParametresSru.Periode2023_2025;

    // A hypothetical next row: only its dates matter here.
    private static readonly ParametresSru P2026 = P2023 with
    {
        ValideDepuis = new DateOnly(2026, 1, 1),
        ValideJusqua = null,
        Source = "hypothèse de test",
    };

    // DOMAIN §3 figures, CCH L302-5 (thresholds, targets), L302-7 (levy), L302-8 (objective), L302-9-1 (carence).
    [Fact]
    public void Periode_2023_2025_reprend_les_chiffres_du_domaine()
    {
        Assert.Equal(new DateOnly(2023, 1, 1), P2023.ValideDepuis);
        Assert.Equal(new DateOnly(2025, 12, 31), P2023.ValideJusqua);
        Assert.Contains("L302-5", P2023.Source, StringComparison.Ordinal);
        Assert.Equal(3_500, P2023.SeuilPopulationCommune);
        Assert.Equal(1_500, P2023.SeuilPopulationCommuneIleDeFrance);
        Assert.Equal(50_000, P2023.SeuilPopulationAgglomeration);
        Assert.Equal(15_000, P2023.SeuilPopulationVilleCentre);
        Assert.Equal(0.25m, P2023.TauxCibleNormal);
        Assert.Equal(0.20m, P2023.TauxCibleReduit);
        Assert.Equal(4m, P2023.SeuilTensionTauxReduit);
        Assert.Equal(0.33m, P2023.PartRattrapageBase);
        Assert.Equal(0.50m, P2023.PartRattrapageRenforcee);
        Assert.Equal(1.00m, P2023.PartRattrapageIntegrale);
        Assert.Equal(0.30m, P2023.PartPlaiMinimum);
        Assert.Equal(0.30m, P2023.PartPlsMaximum);
        Assert.Equal(0.20m, P2023.PartPlsMaximumRestreinte);
        Assert.Equal(0.10m, P2023.SeuilTauxPlsRestreint);
        Assert.Equal(0.25m, P2023.TauxPrelevement);
        Assert.Equal(0.05m, P2023.TauxPlafondPrelevement);
        Assert.Equal(0.075m, P2023.TauxPlafondPrelevementMajore);
        Assert.Equal(1.5m, P2023.RatioMedianePlafondMajore);
        Assert.Equal(4_000m, P2023.SeuilPrelevement);
        Assert.Equal(5m, P2023.CoefficientMajorationCarenceMaximum);
        Assert.Equal(3, P2023.PlacesFoyerParLogement);
    }

    [Theory]
    [InlineData("2022-12-31", null)]
    [InlineData("2023-01-01", "2023-01-01")]
    [InlineData("2024-06-30", "2023-01-01")]
    [InlineData("2025-12-31", "2023-01-01")]
    [InlineData("2026-01-01", "2026-01-01")]
    [InlineData("2031-05-01", "2026-01-01")]
    public void Ligne_en_vigueur_a_une_date(string date, string? debutAttendu)
    {
        var retenue = ParametresSru.EnVigueur(
            [P2026, P2023],
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.Equal(
            debutAttendu is null
                ? null
                : DateOnly.Parse(debutAttendu, System.Globalization.CultureInfo.InvariantCulture),
            retenue?.ValideDepuis
        );
    }

    [Fact]
    public void Une_ligne_plus_recente_corrige_une_ligne_ouverte()
    {
        var ouverte = P2023 with { ValideJusqua = null };
        var correction = P2023 with { ValideDepuis = new DateOnly(2025, 1, 1), SeuilPrelevement = 5_000m };
        Assert.Equal(
            4_000m,
            ParametresSru.EnVigueur([correction, ouverte], new DateOnly(2024, 12, 31))!.SeuilPrelevement
        );
        Assert.Equal(
            5_000m,
            ParametresSru.EnVigueur([correction, ouverte], new DateOnly(2025, 1, 1))!.SeuilPrelevement
        );
    }

    [Fact]
    public void Absence_de_ligne_est_une_erreur_de_configuration()
    {
        var erreur = Assert.Throws<InvalidOperationException>(() =>
            ParametresSru.EnVigueurObligatoire(ParametresSru.Connus, new DateOnly(2020, 1, 1))
        );
        Assert.Contains("01/01/2020", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void La_ligne_2023_2025_est_coherente() => Assert.Empty(P2023.Valider());

    public static TheoryData<string, Func<ParametresSru, ParametresSru>> LignesIncoherentes =>
        new()
        {
            { "valideJusqua", p => p with { ValideJusqua = new DateOnly(2022, 12, 31) } },
            { "source", p => p with { Source = " " } },
            { "tauxCibleNormal", p => p with { TauxCibleNormal = 25m } },
            { "tauxPrelevement", p => p with { TauxPrelevement = -0.25m } },
            { "placesFoyerParLogement", p => p with { PlacesFoyerParLogement = 0 } },
            { "ecartRattrapageIntegral", p => p with { EcartRattrapageIntegral = 0.05m } },
            {
                "partsRattrapageNouvellementSoumise[1]",
                p => p with { PartsRattrapageNouvellementSoumise = [0.15m, 25m] }
            },
            { "coefficientMajorationCarenceMaximum", p => p with { CoefficientMajorationCarenceMaximum = 0.5m } },
        };

    [Theory]
    [MemberData(nameof(LignesIncoherentes))]
    public void Une_ligne_incoherente_est_refusee(string champ, Func<ParametresSru, ParametresSru> alterer) =>
        Assert.Equal(champ, Assert.Single(alterer(P2023).Valider()).Champ);

    // CCH L302-8 : périodes triennales calées par la loi 3DS sur 2023-2025, les autres par pas de trois ans.
    [Theory]
    [InlineData(2017, 2017, 2019)]
    [InlineData(2020, 2020, 2022)]
    [InlineData(2022, 2020, 2022)]
    [InlineData(2023, 2023, 2025)]
    [InlineData(2024, 2023, 2025)]
    [InlineData(2025, 2023, 2025)]
    [InlineData(2026, 2026, 2028)]
    [InlineData(2028, 2026, 2028)]
    [InlineData(2029, 2029, 2031)]
    public void Periode_triennale_contenant_une_annee(int annee, int debut, int fin)
    {
        var periode = ParametresSru.Periode(annee);
        Assert.Equal(debut, periode.Debut);
        Assert.Equal(fin, periode.Fin);
        Assert.Equal($"{debut}-{fin}", periode.Libelle);
        Assert.True(periode.Contient(annee));
        Assert.Equal(new DateOnly(debut, 1, 1), periode.PremierJour);
        Assert.Equal(new DateOnly(fin, 12, 31), periode.DernierJour);
    }

    // La dernière période entièrement close à une date : celle qui précède la période de la date.
    [Theory]
    [InlineData("2025-12-31", 2020)]
    [InlineData("2026-01-01", 2023)]
    [InlineData("2026-03-16", 2023)]
    [InlineData("2028-12-31", 2023)]
    [InlineData("2029-01-01", 2026)]
    public void Derniere_periode_close(string date, int debut) =>
        Assert.Equal(
            debut,
            ParametresSru.DerniereClose(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Debut
        );

    // La période vient de la ligne datée : une ligne calée autrement déplace les périodes.
    [Theory]
    [InlineData(2024, 2024)]
    [InlineData(2026, 2024)]
    [InlineData(2027, 2027)]
    public void La_periode_vient_de_la_ligne(int annee, int debut) =>
        Assert.Equal(
            debut,
            (P2023 with { PeriodeReference = new PeriodeTriennale(2024) }).PeriodeContenant(annee).Debut
        );

    // Les règles d'une année : la ligne en vigueur au 1er janvier, la plus proche connue à défaut.
    [Theory]
    [InlineData(2020)]
    [InlineData(2023)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Regles_d_une_annee(int annee) => Assert.Same(P2023, ParametresSru.PourAnnee(annee));

    [Fact]
    public void Periode_de_la_ligne_2023_2025() => Assert.Equal("2023-2025", P2023.PeriodeDeLaLigne.Libelle);
}
