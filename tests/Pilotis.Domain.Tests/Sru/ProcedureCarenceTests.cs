using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Tests.Sru;

public class ProcedureCarenceTests
{
    private static readonly ParametresSru P = ParametresSru.Periode2023_2025;
    private static readonly DateOnly DateProposition = new(2026, 3, 2);
    private static readonly DateOnly DateCommission = new(2026, 6, 15);
    private static readonly DateOnly DateArrete = new(2026, 9, 1);
    private static readonly DateOnly DateLevee = new(2028, 12, 31);

    private static ProcedureCarence Nouvelle() => new("30258", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));

    private static ProcedureCarence Appliquer(ProcedureCarence procedure, DemandeTransitionCarence demande)
    {
        var resultat = procedure.Appliquer(demande, P);
        Assert.True(resultat.Reussie, resultat.Erreur);
        return resultat.Procedure;
    }

    /// <summary>A procedure brought to a state along the valid path (CCH L302-9-1).</summary>
    private static ProcedureCarence En(EtatCarence etat)
    {
        var p = Nouvelle();
        if (etat == EtatCarence.Aucune)
        {
            return p;
        }
        p = Appliquer(p, new(ActionCarence.Proposer, ActeurCarence.Ddtm, DateProposition));
        if (etat == EtatCarence.Proposee)
        {
            return p;
        }
        if (etat == EtatCarence.Ecartee)
        {
            return Appliquer(
                p,
                new(ActionCarence.RetirerProposition, ActeurCarence.Ddtm, DateCommission)
                {
                    Motif = "production relancée",
                }
            );
        }
        p = Appliquer(
            p,
            new(ActionCarence.RecueillirAvisCommission, ActeurCarence.Commission, DateCommission)
            {
                AvisFavorable = true,
            }
        );
        if (etat == EtatCarence.ExamineeEnCommission)
        {
            return p;
        }
        p = Appliquer(
            p,
            new(ActionCarence.PrendreArrete, ActeurCarence.Prefet, DateArrete)
            {
                Coefficient = 2m,
                Motif = "objectif atteint à 40 %",
            }
        );
        return etat == EtatCarence.Carencee
            ? p
            : Appliquer(p, new(ActionCarence.Lever, ActeurCarence.Prefet, DateLevee));
    }

    /// <summary>A request complete enough to pass the transition's own checks.</summary>
    private static DemandeTransitionCarence Demande(ActionCarence action, ActeurCarence acteur) =>
        new(action, acteur, DateLevee.AddDays(1))
        {
            Coefficient = 3m,
            AvisFavorable = true,
            Motif = "motif",
        };

    // The table of CCH L302-9-1: proposal (DDTM) → commission → arrêté (préfet), each by its actor.
    [Theory]
    [InlineData(EtatCarence.Aucune, ActionCarence.Proposer, ActeurCarence.Ddtm, EtatCarence.Proposee)]
    [InlineData(EtatCarence.Proposee, ActionCarence.RetirerProposition, ActeurCarence.Ddtm, EtatCarence.Ecartee)]
    [InlineData(
        EtatCarence.Proposee,
        ActionCarence.RecueillirAvisCommission,
        ActeurCarence.Commission,
        EtatCarence.ExamineeEnCommission
    )]
    [InlineData(
        EtatCarence.ExamineeEnCommission,
        ActionCarence.PrendreArrete,
        ActeurCarence.Prefet,
        EtatCarence.Carencee
    )]
    [InlineData(EtatCarence.ExamineeEnCommission, ActionCarence.Renoncer, ActeurCarence.Prefet, EtatCarence.Ecartee)]
    [InlineData(EtatCarence.Carencee, ActionCarence.Lever, ActeurCarence.Prefet, EtatCarence.Levee)]
    public void Transitions_autorisees(EtatCarence depuis, ActionCarence action, ActeurCarence acteur, EtatCarence vers)
    {
        var avant = En(depuis);
        var resultat = avant.Appliquer(Demande(action, acteur), P);
        Assert.True(resultat.Reussie, resultat.Erreur);
        Assert.Equal(vers, resultat.Procedure.Etat);
        Assert.Equal(avant.Historique.Count + 1, resultat.Procedure.Historique.Count);
        Assert.Equal(action, resultat.Procedure.Historique[^1].Action);
    }

    [Theory]
    // Not allowed from this state.
    [InlineData(EtatCarence.Aucune, ActionCarence.PrendreArrete, ActeurCarence.Prefet)]
    [InlineData(EtatCarence.Aucune, ActionCarence.RecueillirAvisCommission, ActeurCarence.Commission)]
    // the commission cannot be skipped
    [InlineData(EtatCarence.Proposee, ActionCarence.PrendreArrete, ActeurCarence.Prefet)]
    [InlineData(EtatCarence.Proposee, ActionCarence.Lever, ActeurCarence.Prefet)]
    [InlineData(EtatCarence.ExamineeEnCommission, ActionCarence.Proposer, ActeurCarence.Ddtm)]
    [InlineData(EtatCarence.Carencee, ActionCarence.Proposer, ActeurCarence.Ddtm)]
    [InlineData(EtatCarence.Carencee, ActionCarence.PrendreArrete, ActeurCarence.Prefet)]
    [InlineData(EtatCarence.Ecartee, ActionCarence.PrendreArrete, ActeurCarence.Prefet)]
    [InlineData(EtatCarence.Levee, ActionCarence.Lever, ActeurCarence.Prefet)]
    // Allowed from this state, but not for this actor.
    [InlineData(EtatCarence.Aucune, ActionCarence.Proposer, ActeurCarence.Prefet)]
    [InlineData(EtatCarence.Proposee, ActionCarence.RecueillirAvisCommission, ActeurCarence.Ddtm)]
    [InlineData(EtatCarence.ExamineeEnCommission, ActionCarence.PrendreArrete, ActeurCarence.Ddtm)]
    [InlineData(EtatCarence.ExamineeEnCommission, ActionCarence.PrendreArrete, ActeurCarence.Commission)]
    [InlineData(EtatCarence.Carencee, ActionCarence.Lever, ActeurCarence.Ddtm)]
    public void Transitions_refusees(EtatCarence depuis, ActionCarence action, ActeurCarence acteur)
    {
        var avant = En(depuis);
        var resultat = avant.Appliquer(Demande(action, acteur), P);
        Assert.False(resultat.Reussie);
        Assert.Same(avant, resultat.Procedure);
        Assert.False(string.IsNullOrWhiteSpace(resultat.Erreur));
    }

    // CCH L302-9-1: multiplier from 1 to 5; the arrêté is motivated.
    [Theory]
    [InlineData(null, "motif", false)]
    [InlineData(0.5, "motif", false)]
    [InlineData(1.0, "motif", true)]
    [InlineData(5.0, "motif", true)]
    [InlineData(5.01, "motif", false)]
    [InlineData(2.0, null, false)]
    [InlineData(2.0, "  ", false)]
    public void Arrete_de_carence_verifie_coefficient_et_motif(double? coefficient, string? motif, bool accepte)
    {
        var resultat = En(EtatCarence.ExamineeEnCommission)
            .Appliquer(
                new(ActionCarence.PrendreArrete, ActeurCarence.Prefet, DateArrete)
                {
                    Coefficient = (decimal?)coefficient,
                    Motif = motif,
                },
                P
            );
        Assert.Equal(accepte, resultat.Reussie);
        if (accepte)
        {
            Assert.Equal((decimal?)coefficient, resultat.Procedure.CoefficientMajoration);
        }
    }

    // The bilan covers a closed period: no proposal before its end.
    [Theory]
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-01", true)]
    public void Proposition_apres_la_fin_de_la_periode(string date, bool accepte)
    {
        var resultat = Nouvelle()
            .Appliquer(
                new(
                    ActionCarence.Proposer,
                    ActeurCarence.Ddtm,
                    DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)
                ),
                P
            );
        Assert.Equal(accepte, resultat.Reussie);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void Les_dates_ne_reculent_pas(int joursApresProposition, bool accepte)
    {
        var resultat = En(EtatCarence.Proposee)
            .Appliquer(
                new(
                    ActionCarence.RecueillirAvisCommission,
                    ActeurCarence.Commission,
                    DateProposition.AddDays(joursApresProposition)
                )
                {
                    AvisFavorable = false,
                },
                P
            );
        Assert.Equal(accepte, resultat.Reussie);
    }

    [Fact]
    public void L_avis_de_la_commission_est_obligatoire()
    {
        var resultat = En(EtatCarence.Proposee)
            .Appliquer(new(ActionCarence.RecueillirAvisCommission, ActeurCarence.Commission, DateCommission), P);
        Assert.False(resultat.Reussie);
        Assert.Contains("avis", resultat.Erreur, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("2026-08-31", null)]
    [InlineData("2026-09-01", 2.0)]
    [InlineData("2028-12-30", 2.0)]
    [InlineData("2028-12-31", null)]
    public void Coefficient_en_vigueur_entre_arrete_et_levee(string date, double? attendu)
    {
        var levee = En(EtatCarence.Levee);
        Assert.Equal(
            (decimal?)attendu,
            levee.CoefficientEnVigueurLe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))
        );
    }

    [Fact]
    public void Historique_garde_chaque_etape_avec_sa_date()
    {
        var p = En(EtatCarence.Carencee);
        Assert.Equal(
            [EtatCarence.Proposee, EtatCarence.ExamineeEnCommission, EtatCarence.Carencee],
            p.Historique.Select(e => e.Vers)
        );
        Assert.Equal([DateProposition, DateCommission, DateArrete], p.Historique.Select(e => e.Date));
        Assert.Equal(2m, p.Historique[^1].Coefficient);
    }

    [Theory]
    [InlineData(EtatCarence.Aucune, null, 1)]
    [InlineData(EtatCarence.Proposee, null, 2)]
    [InlineData(EtatCarence.Proposee, ActeurCarence.Commission, 1)]
    [InlineData(EtatCarence.ExamineeEnCommission, ActeurCarence.Prefet, 2)]
    [InlineData(EtatCarence.Levee, null, 0)]
    public void Actions_possibles_par_etat_et_acteur(EtatCarence etat, ActeurCarence? acteur, int nombre) =>
        Assert.Equal(nombre, En(etat).TransitionsPossibles(acteur).Count);

    [Fact]
    public void La_table_est_publiable_en_markdown()
    {
        var markdown = TransitionsCarence.EnMarkdown();
        Assert.Contains(
            "| examinée en commission | Arrêté préfectoral de carence | commune carencée | le préfet |",
            markdown,
            StringComparison.Ordinal
        );
        Assert.Equal(
            TransitionsCarence.Table.Count + 2,
            markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
        );
    }
}
