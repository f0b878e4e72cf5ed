using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Demande;

/// <summary>Seniority bands (from the deposit date, CCH R441-2-5: renewal keeps the seniority) and pressure.</summary>
public class IndicateursDemandeTests
{
    private static readonly DateOnly Aujourdhui = new(2026, 11, 28);

    [Theory]
    [InlineData("2026-11-28", TrancheAnciennete.MoinsDe6Mois)]
    [InlineData("2026-05-29", TrancheAnciennete.MoinsDe6Mois)]
    [InlineData("2026-05-28", TrancheAnciennete.De6A12Mois)]
    [InlineData("2025-11-29", TrancheAnciennete.De6A12Mois)]
    [InlineData("2025-11-28", TrancheAnciennete.De1A2Ans)]
    [InlineData("2024-11-28", TrancheAnciennete.De2A3Ans)]
    [InlineData("2023-11-29", TrancheAnciennete.De2A3Ans)]
    [InlineData("2023-11-28", TrancheAnciennete.De3A5Ans)]
    [InlineData("2021-11-29", TrancheAnciennete.De3A5Ans)]
    [InlineData("2021-11-28", TrancheAnciennete.CinqAnsEtPlus)]
    [InlineData("2010-01-01", TrancheAnciennete.CinqAnsEtPlus)]
    public void Tranche_d_anciennete(string depot, TrancheAnciennete attendue) =>
        Assert.Equal(
            attendue,
            IndicateursDemande.Tranche(
                DateOnly.Parse(depot, System.Globalization.CultureInfo.InvariantCulture),
                Aujourdhui
            )
        );

    [Theory]
    [InlineData(100, 10, 10.0)]
    [InlineData(7, 3, 2.3)]
    [InlineData(5, 2, 2.5)]
    [InlineData(0, 4, 0.0)]
    public void Pression_demandes_par_attribution(int actives, int attributions, double attendue) =>
        Assert.Equal((decimal)attendue, IndicateursDemande.Pression(actives, attributions));

    [Theory]
    [InlineData(10, 0)]
    [InlineData(0, 0)]
    public void Sans_attribution_la_pression_n_est_pas_calculable(int actives, int attributions) =>
        Assert.Null(IndicateursDemande.Pression(actives, attributions));

    [Fact]
    public void Anciennete_moyenne_en_mois()
    {
        // Deposits in November 2025 and November 2024: mean month index 2025 × 12 + 5.5 → 18 months.
        var moyen = ((2025 * 12 + 11) + (2024 * 12 + 11)) / 2.0;
        Assert.Equal(18m, IndicateursDemande.AncienneteMois(moyen, Aujourdhui));
    }

    [Fact]
    public void Libelles_des_criteres_L441_1_avec_leur_lettre()
    {
        Assert.Equal("g) Violences au sein du couple", CriteresPrioritaires.Violences.Libelle());
        Assert.Equal(
            "a) Handicap, c) Mal logé ou défavorisé",
            (CriteresPrioritaires.Handicap | CriteresPrioritaires.MalLogeDefavorise).Libelle()
        );
        Assert.All(Enum.GetValues<CriteresPrioritaires>().Where(c => c != CriteresPrioritaires.Aucun), c =>
            Assert.Matches("^[a-j]\\) ", c.Libelle())
        );
        Assert.Equal("T6 et plus", Typologies.T6Plus.Libelle());
    }
}
