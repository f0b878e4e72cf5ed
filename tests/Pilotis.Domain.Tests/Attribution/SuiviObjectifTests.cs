using System.Globalization;
using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>L'alerte « En retard » des objectifs d'attribution (docs/adr/0016).</summary>
public class SuiviObjectifTests
{
    [Theory]
    // Sous l'objectif avec au moins 20 baux comptés : en retard.
    [InlineData(4, 20, "0.25", EtatObjectif.EnRetard, 5, 1)]
    [InlineData(0, 100, "0.25", EtatObjectif.EnRetard, 25, 25)]
    [InlineData(49, 100, "0.50", EtatObjectif.EnRetard, 50, 1)]
    // L'objectif atteint exactement (CCH L441-1 : « au moins ») : atteint, quel que soit le nombre.
    [InlineData(5, 20, "0.25", EtatObjectif.Atteint, 5, 0)]
    [InlineData(1, 4, "0.25", EtatObjectif.Atteint, 1, 0)]
    [InlineData(10, 20, "0.50", EtatObjectif.Atteint, 10, 0)]
    // Sous l'objectif avec moins de 20 baux : à surveiller, pas d'alerte.
    [InlineData(4, 19, "0.25", EtatObjectif.ASurveiller, 5, 1)]
    [InlineData(0, 3, "0.25", EtatObjectif.ASurveiller, 1, 1)]
    // Aucun bail : rien n'est dû.
    [InlineData(0, 0, "0.25", EtatObjectif.Atteint, 0, 0)]
    // Objectif adapté par la CIA (40 %) : 8 sur 20 l'atteint, 7 sur 20 non.
    [InlineData(8, 20, "0.40", EtatObjectif.Atteint, 8, 0)]
    [InlineData(7, 20, "0.40", EtatObjectif.EnRetard, 8, 1)]
    public void Etat_attendus_et_manquants(
        int numerateur,
        int denominateur,
        string objectif,
        EtatObjectif etat,
        int attendus,
        int manquants
    )
    {
        var s = SuiviObjectif.Evaluer(numerateur, denominateur, decimal.Parse(objectif, CultureInfo.InvariantCulture));
        Assert.Equal((etat, attendus, manquants), (s.Etat, s.Attendus, s.Manquants));
        Assert.Equal(etat == EtatObjectif.EnRetard, s.EnRetard);
    }

    [Fact]
    public void Le_seuil_d_alerte_est_de_vingt_baux() => Assert.Equal(20, SuiviObjectif.MinimumBauxPourAlerte);

    [Fact]
    public void Sans_objectif_chiffre_jamais_d_alerte()
    {
        var s = SuiviObjectif.Evaluer(0, 500, null);
        Assert.Equal(EtatObjectif.SansObjectif, s.Etat);
        Assert.False(s.EnRetard);
    }

    [Fact]
    public void La_part_est_exacte() => Assert.Equal(0.25m, SuiviObjectif.Evaluer(1, 4, 0.25m).Part);

    [Theory]
    [InlineData(IndicateurAttribution.HorsQpvPremierQuartile, null, "0.25")]
    [InlineData(IndicateurAttribution.EnQpvAutresQuartiles, null, "0.50")]
    [InlineData(IndicateurAttribution.EnQpvAutresQuartiles, "0.40", "0.40")] // la CIA prévaut (CCH L441-1)
    [InlineData(IndicateurAttribution.DaloOuPrioritaires, "0.40", "0.25")] // la CIA n'adapte que l'objectif en QPV
    public void Objectif_de_l_indicateur(IndicateurAttribution indicateur, string? cia, string attendu)
    {
        var objectifs = ObjectifsAttribution.EnVigueur(new DateOnly(2026, 1, 1));
        var ciaEnQpv = cia is null ? (decimal?)null : decimal.Parse(cia, CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(attendu, CultureInfo.InvariantCulture), objectifs.Objectif(indicateur, ciaEnQpv));
    }

    [Fact]
    public void Le_contingent_du_prefet_n_a_pas_d_objectif_chiffre() =>
        Assert.Null(ObjectifsAttribution.EnVigueur(new DateOnly(2026, 1, 1)).Objectif(IndicateurAttribution.Prefet));
}
