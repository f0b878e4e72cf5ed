using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Le parcours d'un logement à attribuer (DOMAIN §5) : une table, ce qu'elle ouvre et ce qu'elle refuse.
/// </summary>
public sealed class TransitionsAttributionTests
{
    private static LogementAAttribuer Logement(
        EtapeAttribution etape,
        ExceptionTroisCandidats exception = ExceptionTroisCandidats.Aucune
    ) =>
        new()
        {
            Etape = etape,
            Contingent = Contingent.Bailleur,
            ExceptionCandidats = exception,
        };

    // Chaque ligne : depuis, action, acteur, contexte → vers (le chemin heureux de la déclaration au bail).
    [Theory]
    [InlineData(
        EtapeAttribution.Declare,
        ActionAttribution.Orienter,
        ActeurAttribution.Bailleur,
        0,
        EtapeAttribution.Oriente
    )]
    [InlineData(
        EtapeAttribution.Oriente,
        ActionAttribution.DesignerCandidats,
        ActeurAttribution.Reservataire,
        3,
        EtapeAttribution.CandidatsDesignes
    )]
    [InlineData(
        EtapeAttribution.CandidatsDesignes,
        ActionAttribution.InscrireEnCommission,
        ActeurAttribution.Bailleur,
        3,
        EtapeAttribution.InscritEnCommission
    )]
    [InlineData(
        EtapeAttribution.InscritEnCommission,
        ActionAttribution.Attribuer,
        ActeurAttribution.Commission,
        3,
        EtapeAttribution.Attribue
    )]
    [InlineData(
        EtapeAttribution.Attribue,
        ActionAttribution.SignerBail,
        ActeurAttribution.Bailleur,
        3,
        EtapeAttribution.BailSigne
    )]
    [InlineData(
        EtapeAttribution.Attribue,
        ActionAttribution.RelancerDesignation,
        ActeurAttribution.Bailleur,
        3,
        EtapeAttribution.Oriente
    )]
    [InlineData(
        EtapeAttribution.Oriente,
        ActionAttribution.Retirer,
        ActeurAttribution.Bailleur,
        0,
        EtapeAttribution.Retire
    )]
    public void Transition_ouverte(
        EtapeAttribution depuis,
        ActionAttribution action,
        ActeurAttribution acteur,
        int candidats,
        EtapeAttribution vers
    )
    {
        var l = Logement(depuis);
        var contexte = new ContexteTransitionAttribution(candidats, true, 1, false, true);
        Assert.Null(TransitionsAttribution.Appliquer(l, action, acteur, contexte));
        Assert.Equal(vers, l.Etape);
    }

    // CCH R441-3 : trois candidats, sauf exception nommée.
    [Theory]
    [InlineData(2, ExceptionTroisCandidats.Aucune, "au moins trois candidats")]
    [InlineData(0, ExceptionTroisCandidats.CandidatsInsuffisants, "Aucun candidat")]
    [InlineData(2, ExceptionTroisCandidats.DaloDesigneParPrefet, null)]
    [InlineData(1, ExceptionTroisCandidats.PlaiAdapte, null)]
    [InlineData(3, ExceptionTroisCandidats.Aucune, null)]
    public void Inscription_en_commission_et_trois_candidats(
        int candidats,
        ExceptionTroisCandidats exception,
        string? refus
    )
    {
        var l = Logement(EtapeAttribution.CandidatsDesignes, exception);
        var r = TransitionsAttribution.Appliquer(
            l,
            ActionAttribution.InscrireEnCommission,
            ActeurAttribution.Bailleur,
            new(candidats)
        );
        if (refus is null)
        {
            Assert.Null(r);
            Assert.Equal(EtapeAttribution.InscritEnCommission, l.Etape);
        }
        else
        {
            Assert.Contains(refus, r, StringComparison.Ordinal);
            Assert.Equal(EtapeAttribution.CandidatsDesignes, l.Etape);
        }
    }

    [Theory]
    [InlineData(
        EtapeAttribution.Oriente,
        ActionAttribution.SignerBail,
        ActeurAttribution.Bailleur,
        "n'est pas possible"
    )]
    [InlineData(
        EtapeAttribution.InscritEnCommission,
        ActionAttribution.Attribuer,
        ActeurAttribution.Bailleur,
        "relève de la commission"
    )]
    [InlineData(
        EtapeAttribution.InscritEnCommission,
        ActionAttribution.Retirer,
        ActeurAttribution.Bailleur,
        "n'est pas possible"
    )]
    [InlineData(
        EtapeAttribution.BailSigne,
        ActionAttribution.SignerBail,
        ActeurAttribution.Bailleur,
        "n'est pas possible"
    )]
    public void Transition_fermee(
        EtapeAttribution depuis,
        ActionAttribution action,
        ActeurAttribution acteur,
        string refus
    )
    {
        var l = Logement(depuis);
        var r = TransitionsAttribution.Appliquer(l, action, acteur, new(3, true, 1, false, true));
        Assert.Contains(refus, r, StringComparison.Ordinal);
        Assert.Equal(depuis, l.Etape);
    }

    // CCH L441-2 : la commission attribue en séance ; sans attribution, le logement retourne à la désignation.
    [Theory]
    [InlineData(false, 1, ActionAttribution.Attribuer, "n'est pas close")]
    [InlineData(true, 0, ActionAttribution.Attribuer, "Aucun candidat")]
    [InlineData(true, 1, ActionAttribution.ConstaterSansAttribution, "a attribué")]
    [InlineData(true, 0, ActionAttribution.ConstaterSansAttribution, null)]
    public void Cloture_de_seance(bool close, int attributions, ActionAttribution action, string? refus)
    {
        var l = Logement(EtapeAttribution.InscritEnCommission);
        var r = TransitionsAttribution.Appliquer(l, action, ActeurAttribution.Commission, new(3, close, attributions));
        if (refus is null)
            Assert.Equal(EtapeAttribution.Oriente, l.Etape);
        else
            Assert.Contains(refus, r, StringComparison.Ordinal);
    }

    [Fact]
    public void Le_bail_exige_l_offre_acceptee_et_reprend_le_refus_du_logement_loue()
    {
        var l = Logement(EtapeAttribution.Attribue);
        var sansOffre = TransitionsAttribution.Refus(
            l,
            ActionAttribution.SignerBail,
            ActeurAttribution.Bailleur,
            new(OffreAcceptee: false)
        );
        Assert.Contains("accepté l'offre", sansOffre, StringComparison.Ordinal);
        var loue = TransitionsAttribution.Refus(
            l,
            ActionAttribution.SignerBail,
            ActeurAttribution.Bailleur,
            new(OffreAcceptee: true, RefusBail: "déjà loué")
        );
        Assert.Equal("déjà loué", loue);
    }

    [Fact]
    public void La_table_en_markdown_a_une_ligne_par_transition()
    {
        var md = TransitionsAttribution.EnMarkdown();
        Assert.Equal(
            TransitionsAttribution.Table.Count + 2,
            md.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
        );
        Assert.Contains(
            "| Inscrit en CALEOL | Attribuer (séance close) | Attribué |",
            md,
            StringComparison.Ordinal
        );
    }
}
