using Pilotis.Domain.Production;
using static Pilotis.Domain.Production.ActeurOperation;
using static Pilotis.Domain.Production.ActionOperation;
using static Pilotis.Domain.Production.StatutOperation;

namespace Pilotis.Domain.Tests.Production;

/// <summary>The operation state machine (docs/STATUTS.md), one row per case.</summary>
public sealed class TransitionsOperationTests
{
    private static readonly DateOnly Jour = OperationsTestData.Aujourdhui;

    public static TheoryData<StatutOperation, ActionOperation, ActeurOperation, StatutOperation> Permises =>
        new()
        {
            { BrouillonCree, FinaliserBrouillon, Bailleur, BrouillonATransmettre },
            { BrouillonATransmettre, Transmettre, Bailleur, Transmise },
            { Transmise, PrendreEnInstruction, Instructeur, ProgrammeeCompletudeInstructeur },
            { Transmise, RenvoyerAuBailleur, Instructeur, BrouillonATransmettre },
            { ProgrammeeCompletudeInstructeur, RenvoyerAuBailleur, Instructeur, BrouillonATransmettre },
            { ProgrammeeCompletudeValideur, RenvoyerAuBailleur, Instructeur, BrouillonATransmettre },
            { ProgrammeeCompletudeInstructeur, ConstaterCompletude, Instructeur, ProgrammeeCompletudeValideur },
            { ProgrammeeCompletudeValideur, ValiderCompletude, Valideur, ProgrammeeComplet },
            { ProgrammeeComplet, SoumettreApprobation, Instructeur, AApprouver },
            { AApprouver, Approuver, Valideur, AAgreer },
            { AAgreer, Agreer, Valideur, AValiderChorus },
            { AValiderChorus, ValiderChorus, Valideur, Engagee },
            { ClotureEnCours, Cloturer, Valideur, Cloturee },
            { Cloturee, Solder, Valideur, Soldee },
            { BrouillonCree, Supprimer, Bailleur, Supprimee },
            { BrouillonATransmettre, Supprimer, Bailleur, Supprimee },
            { Transmise, Annuler, Instructeur, Annulee },
            { Engagee, Annuler, Instructeur, Annulee },
        };

    [Theory]
    [MemberData(nameof(Permises))]
    public void Une_transition_permise_change_le_statut_et_donne_l_evenement(
        StatutOperation depuis,
        ActionOperation action,
        ActeurOperation acteur,
        StatutOperation vers
    )
    {
        var o = OperationsTestData.Complete(depuis);
        if (depuis > BrouillonATransmettre)
            o.DateDepot = Jour.AddDays(-30);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(action, acteur, Jour, "motif du test"),
            OperationsTestData.ContexteComplet()
        );
        Assert.True(r.Reussie, r.Erreur);
        Assert.Equal(vers, o.Statut);
        Assert.Equal($"{action.Libelle()} : {depuis.Libelle()} → {vers.Libelle()}", r.Evenement);
        Assert.Contains(TransitionsOperation.Possibles(depuis, new HashSet<ActeurOperation> { acteur }), t =>
            t.Action == action
        );
    }

    [Theory]
    [InlineData(BrouillonCree, FinaliserBrouillon, Instructeur, "relève du bailleur")]
    [InlineData(Transmise, PrendreEnInstruction, Bailleur, "relève de l'instructeur")]
    [InlineData(ProgrammeeCompletudeValideur, ValiderCompletude, Instructeur, "relève du valideur")]
    [InlineData(AAgreer, Agreer, Instructeur, "relève du valideur")]
    [InlineData(Transmise, Annuler, Bailleur, "relève de l'instructeur")]
    public void Un_acteur_qui_n_a_pas_la_main_est_refuse(
        StatutOperation depuis,
        ActionOperation action,
        ActeurOperation acteur,
        string attendu
    )
    {
        var o = OperationsTestData.Complete(depuis);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(action, acteur, Jour, "motif"),
            OperationsTestData.ContexteComplet()
        );
        Assert.False(r.Reussie);
        Assert.Contains(attendu, r.Erreur);
        Assert.Equal(depuis, o.Statut);
        Assert.DoesNotContain(TransitionsOperation.Possibles(depuis, new HashSet<ActeurOperation> { acteur }), t =>
            t.Action == action
        );
    }

    [Theory]
    [InlineData(BrouillonCree, Transmettre, Bailleur)]
    [InlineData(Transmise, ConstaterCompletude, Instructeur)]
    [InlineData(ProgrammeeComplet, Agreer, Valideur)]
    [InlineData(Engagee, ValiderChorus, Valideur)]
    [InlineData(Annulee, PrendreEnInstruction, Instructeur)]
    [InlineData(Soldee, Annuler, Instructeur)]
    public void Une_action_hors_de_son_statut_est_refusee(
        StatutOperation depuis,
        ActionOperation action,
        ActeurOperation acteur
    )
    {
        var o = OperationsTestData.Complete(depuis);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(action, acteur, Jour, "motif"),
            OperationsTestData.ContexteComplet()
        );
        Assert.Equal($"L'action « {action.Libelle()} » n'est pas possible au statut « {depuis.Libelle()} ».", r.Erreur);
        Assert.Equal(depuis, o.Statut);
    }

    [Theory]
    [InlineData(RenvoyerAuBailleur, null)]
    [InlineData(RenvoyerAuBailleur, "   ")]
    [InlineData(Annuler, "")]
    public void Le_motif_est_obligatoire_pour_renvoyer_ou_annuler(ActionOperation action, string? motif)
    {
        var o = OperationsTestData.Complete(Transmise);
        o.DateDepot = Jour.AddDays(-5);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(action, Instructeur, Jour, motif),
            OperationsTestData.ContexteComplet()
        );
        Assert.Equal("Le motif est obligatoire.", r.Erreur);
        Assert.Equal(Transmise, o.Statut);
        Assert.True(action.ExigeMotif());
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void Un_motif_trop_long_est_refuse_et_jamais_coupe(int longueur, bool reussie)
    {
        var o = OperationsTestData.Complete(Transmise);
        var motif = new string('m', longueur);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(RenvoyerAuBailleur, Instructeur, Jour, motif),
            OperationsTestData.ContexteComplet()
        );
        Assert.Equal(reussie, r.Reussie);
        if (reussie)
            Assert.Equal(motif, o.Motif);
        else
            Assert.Equal("Le motif ne doit pas dépasser 1000 caractères.", r.Erreur);
    }

    [Fact]
    public void Le_motif_du_renvoi_est_garde_sur_l_operation()
    {
        var o = OperationsTestData.Complete(Transmise);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(RenvoyerAuBailleur, Instructeur, Jour, "Plan masse illisible"),
            OperationsTestData.ContexteComplet()
        );
        Assert.True(r.Reussie);
        Assert.Equal("Plan masse illisible", o.Motif);
        Assert.False(PrendreEnInstruction.ExigeMotif());
    }

    [Theory]
    [InlineData(1, "La date de l'acte ne peut pas être dans le futur.")]
    [InlineData(-41, "La date ne peut pas précéder le dépôt du dossier (05/09/2026).")]
    public void La_date_ne_peut_etre_ni_future_ni_anterieure_au_depot(int decalage, string attendu)
    {
        var o = OperationsTestData.Complete(Transmise);
        o.DateDepot = new DateOnly(2026, 9, 5);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(PrendreEnInstruction, Instructeur, Jour.AddDays(decalage)),
            OperationsTestData.ContexteComplet()
        );
        Assert.Equal(attendu, r.Erreur);
        Assert.Equal(Transmise, o.Statut);
    }

    [Fact]
    public void Le_premier_depot_fixe_la_date_la_completude_et_demande_l_instantane_de_programmation()
    {
        var o = OperationsTestData.Complete(BrouillonATransmettre);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(Transmettre, Bailleur, Jour),
            OperationsTestData.ContexteIncomplet()
        );
        Assert.True(r.Reussie);
        Assert.Equal(PhaseOperation.Programmation, r.InstantaneAPrendre);
        Assert.Equal(Jour, o.DateDepot);
        Assert.Equal(0m, o.CompletudeAuDepot);

        // Sent back then deposited again: the first deposit date stays, no second programming snapshot.
        TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(RenvoyerAuBailleur, Instructeur, Jour, "pièces"),
            OperationsTestData.ContexteComplet()
        );
        var again = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(Transmettre, Bailleur, Jour),
            OperationsTestData.ContexteComplet()
        );
        Assert.True(again.Reussie);
        Assert.Null(again.InstantaneAPrendre);
        Assert.Equal(0m, o.CompletudeAuDepot);
    }

    [Theory]
    [InlineData(Agreer, PhaseOperation.Agrement)]
    [InlineData(Cloturer, PhaseOperation.Cloture)]
    [InlineData(Approuver, null)]
    [InlineData(ValiderChorus, null)]
    public void Les_instantanes_sont_pris_a_l_agrement_et_a_la_cloture(ActionOperation action, PhaseOperation? phase)
    {
        var depuis = TransitionsOperation.Table.First(t => t.Action == action).Depuis[0];
        var o = OperationsTestData.Complete(depuis);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(action, Valideur, Jour),
            OperationsTestData.ContexteComplet()
        );
        Assert.True(r.Reussie, r.Erreur);
        Assert.Equal(phase, r.InstantaneAPrendre);
    }

    [Fact]
    public void L_agrement_date_l_operation_et_chacun_de_ses_lots()
    {
        var o = OperationsTestData.Complete(AAgreer);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(Agreer, Valideur, Jour),
            OperationsTestData.ContexteComplet()
        );
        Assert.True(r.Reussie);
        Assert.Equal(Jour, o.DateAgrement);
        Assert.All(o.Lots, l => Assert.Equal(Jour, l.DateAgrement));
        Assert.True(o.Statut.EstAgreee());
        Assert.Equal(PhaseOperation.Agrement, o.Phase);
    }

    [Fact]
    public void L_agrement_exige_un_plan_de_financement_equilibre()
    {
        var o = OperationsTestData.Complete(AAgreer);
        o.Financements.RemoveAt(2);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(Agreer, Valideur, Jour),
            OperationsTestData.ContexteComplet()
        );
        Assert.StartsWith("Le plan de financement n'équilibre pas le prix de revient (écart de", r.Erreur);
        Assert.Null(o.DateAgrement);
        Assert.All(o.Lots, l => Assert.Null(l.DateAgrement));
    }

    [Fact]
    public void La_completude_exige_toutes_les_pieces_et_aucune_demande_ouverte()
    {
        var o = OperationsTestData.Complete(ProgrammeeCompletudeInstructeur);
        var incomplet = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(ConstaterCompletude, Instructeur, Jour),
            OperationsTestData.ContexteIncomplet()
        );
        Assert.Equal("Le dossier est incomplet : arrêté de permis de construire.", incomplet.Erreur);
        var demande = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(ConstaterCompletude, Instructeur, Jour),
            OperationsTestData.ContexteComplet(2)
        );
        Assert.Equal("2 demande(s) de pièces attendent encore la réponse du bailleur.", demande.Erreur);
        Assert.Equal(ProgrammeeCompletudeInstructeur, o.Statut);
    }

    [Fact]
    public void Un_brouillon_sans_lot_ne_se_finalise_pas_et_un_dossier_depose_ne_se_supprime_pas()
    {
        var vide = OperationsTestData.Complete();
        vide.Lots.Clear();
        Assert.Equal(
            "Le dossier doit comporter au moins un lot avec des logements.",
            TransitionsOperation
                .Appliquer(
                    vide,
                    new DemandeTransitionOperation(FinaliserBrouillon, Bailleur, Jour),
                    OperationsTestData.ContexteComplet()
                )
                .Erreur
        );

        var renvoye = OperationsTestData.Complete(BrouillonATransmettre);
        renvoye.DateDepot = Jour.AddDays(-3);
        Assert.StartsWith(
            "Ce dossier a déjà été déposé",
            TransitionsOperation
                .Appliquer(
                    renvoye,
                    new DemandeTransitionOperation(Supprimer, Bailleur, Jour),
                    OperationsTestData.ContexteComplet()
                )
                .Erreur
        );
    }

    [Fact]
    public void Les_evenements_dates_ne_changent_pas_le_statut()
    {
        var o = OperationsTestData.Complete(Engagee);
        o.DateAgrement = Jour.AddDays(-60);
        var r = TransitionsOperation.Appliquer(
            o,
            new DemandeTransitionOperation(DeclarerOuvertureChantier, Bailleur, Jour),
            OperationsTestData.ContexteComplet()
        );
        Assert.True(r.Reussie);
        Assert.Equal(Engagee, o.Statut);
        Assert.Equal(Jour, o.DateOuvertureChantier);
        Assert.Equal($"Déclarer l'ouverture du chantier (ordre de service) le {Jour:dd/MM/yyyy}", r.Evenement);
        Assert.Equal(
            "L'ouverture du chantier est déjà déclarée.",
            TransitionsOperation
                .Appliquer(
                    o,
                    new DemandeTransitionOperation(DeclarerOuvertureChantier, Bailleur, Jour),
                    OperationsTestData.ContexteComplet()
                )
                .Erreur
        );
    }

    [Fact]
    public void Chaque_bouton_propose_est_une_transition_que_l_acteur_peut_appliquer_depuis_ce_statut()
    {
        var tous = new HashSet<ActeurOperation> { Bailleur, Instructeur, Valideur };
        foreach (var statut in Enum.GetValues<StatutOperation>())
        {
            foreach (var t in TransitionsOperation.Possibles(statut, tous))
            {
                Assert.Contains(statut, t.Depuis);
                Assert.Same(t, TransitionsOperation.Trouver(statut, t.Action));
            }
        }
        Assert.Empty(TransitionsOperation.Possibles(Soldee, tous));
        Assert.Empty(TransitionsOperation.Possibles(Transmise, new HashSet<ActeurOperation>()));
    }
}
