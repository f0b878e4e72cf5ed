using Pilotis.Domain.Foncier;

namespace Pilotis.Domain.Tests.Foncier;

/// <summary>Indicateurs de l'observatoire d'un EPCI sur la période de son PLH (seed 001, solution 5).</summary>
public sealed class IndicateursFonciersTests
{
    private static readonly (DateOnly Debut, DateOnly Fin) Plh = IndicateursFonciers.Periode(2024);

    private static (StatutSite, DateOnly, int?, int?) S(
        StatutSite statut,
        int annee,
        int? capacite,
        int? lots = null
    ) => (statut, new DateOnly(annee, 6, 1), capacite, lots);

    [Fact]
    public void La_periode_par_defaut_dure_six_ans()
    {
        Assert.Equal(new DateOnly(2024, 1, 1), Plh.Debut);
        Assert.Equal(new DateOnly(2029, 12, 31), Plh.Fin);
        Assert.Equal(new DateOnly(2027, 12, 31), IndicateursFonciers.Periode(2024, 2027).Fin);
    }

    [Fact]
    public void Potentiel_en_operation_et_construit()
    {
        var i = IndicateursFonciers.Calculer(
            [
                S(StatutSite.Identifie, 2024, 10),
                S(StatutSite.EnEtude, 2025, 20),
                S(StatutSite.AcquisPorte, 2025, 5),
                S(StatutSite.Identifie, 2025, null), // zone sans paramètre
                S(StatutSite.EnOperation, 2025, 30, 24), // logements de l'opération, pas la capacité
                S(StatutSite.EnOperation, 2026, 12, 0), // opération sans lot : la capacité
                S(StatutSite.Construit, 2026, 15, 18),
                S(StatutSite.Construit, 2022, 40, 40), // construit avant le PLH : hors période
                S(StatutSite.Identifie, 2031, 99), // identifié après la période
            ],
            Plh.Debut,
            Plh.Fin
        );
        Assert.Equal(new IndicateursFonciers(7, 35, 2, 36, 1, 18, 1), i);
    }

    [Fact]
    public void Sans_site_tout_est_nul() =>
        Assert.Equal(
            new IndicateursFonciers(0, 0, 0, 0, 0, 0, 0),
            IndicateursFonciers.Calculer([], Plh.Debut, Plh.Fin)
        );
}
