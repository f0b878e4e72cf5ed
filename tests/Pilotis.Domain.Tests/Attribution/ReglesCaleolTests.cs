using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Les règles de la CALEOL (CCH L441-2, R441-3, R441-9) : quorum, décisions, départage, offre et bail.
/// </summary>
public sealed class ReglesCaleolTests
{
    private const ProduitsEligibles Tous = ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls;

    // CCH R441-9 : les réservataires siègent avec voix consultative ; ils ne comptent pas pour le quorum.
    [Theory]
    [InlineData(3, 3, true)]
    [InlineData(2, 3, false)]
    [InlineData(4, 3, true)]
    [InlineData(0, 1, false)]
    public void Quorum(int votants, int quorum, bool atteint) =>
        Assert.Equal(atteint, ReglesCaleol.QuorumAtteint(votants, quorum));

    [Fact]
    public void Le_reservataire_ne_compte_pas_parmi_les_votants()
    {
        MembreCaleol[] presents =
        [
            new() { Nom = "A", Qualite = QualiteMembreCaleol.Maire },
            new() { Nom = "B", Qualite = QualiteMembreCaleol.ReservataireConsultatif },
            new() { Nom = "C", Qualite = QualiteMembreCaleol.RepresentantLocataires },
        ];
        Assert.Equal(2, ReglesCaleol.VotantsPresents(presents));
    }

    private static DecisionProposee D(
        NatureDecision nature,
        int? rang = null,
        string? motif = null,
        ProduitsEligibles eligibles = Tous,
        string numero = "N"
    ) => new(numero, nature, rang, motif, eligibles);

    public static TheoryData<string, ExceptionTroisCandidats, DecisionProposee[], string?> Cas =>
        new()
        {
            // CCH R441-3 : trois candidats examinés, un attribué et deux classés.
            {
                "trois candidats classés",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.AttributionAvecRang, 1),
                    D(NatureDecision.AttributionAvecRang, 2),
                    D(NatureDecision.NonAttribution, motif: "dossier incomplet"),
                ],
                null
            },
            {
                "deux candidats sans exception",
                ExceptionTroisCandidats.Aucune,
                [D(NatureDecision.Attribution), D(NatureDecision.NonAttribution, motif: "x")],
                "au moins trois candidats"
            },
            {
                "deux candidats, DALO désigné par le préfet",
                ExceptionTroisCandidats.DaloDesigneParPrefet,
                [D(NatureDecision.Attribution), D(NatureDecision.NonAttribution, motif: "x")],
                null
            },
            {
                "non-attribution sans motif",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.Attribution),
                    D(NatureDecision.NonAttribution),
                    D(NatureDecision.Irrecevabilite, motif: "x"),
                ],
                "le motif de la non-attribution est obligatoire"
            },
            {
                "condition suspensive non dite",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.AttributionSousCondition),
                    D(NatureDecision.NonAttribution, motif: "x"),
                    D(NatureDecision.NonAttribution, motif: "y"),
                ],
                "condition suspensive"
            },
            {
                "deux attributions de premier rang",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.Attribution),
                    D(NatureDecision.AttributionAvecRang, 1),
                    D(NatureDecision.NonAttribution, motif: "x"),
                ],
                "Une seule attribution de premier rang"
            },
            {
                "rangs non contigus",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.AttributionAvecRang, 1),
                    D(NatureDecision.AttributionAvecRang, 3),
                    D(NatureDecision.NonAttribution, motif: "x"),
                ],
                "se suivent à partir de 1"
            },
            {
                "rang en double",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.AttributionAvecRang, 1),
                    D(NatureDecision.AttributionAvecRang, 2),
                    D(NatureDecision.AttributionAvecRang, 2),
                ],
                "même rang"
            },
            {
                "rang sans attribution",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.Attribution),
                    D(NatureDecision.NonAttribution, 2, "x"),
                    D(NatureDecision.NonAttribution, motif: "y"),
                ],
                "n'a pas de rang"
            },
            // CCH L441-1 : le ménage doit être sous les plafonds du financement du logement (PLUS ici).
            {
                "ménage au-dessus des plafonds",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.Attribution, eligibles: ProduitsEligibles.Pls, numero: "030X"),
                    D(NatureDecision.NonAttribution, motif: "x"),
                    D(NatureDecision.NonAttribution, motif: "y"),
                ],
                "Demande 030X : les ressources du ménage dépassent les plafonds PLUS"
            },
            {
                "ménage au-dessus des plafonds mais non attribué",
                ExceptionTroisCandidats.Aucune,
                [
                    D(NatureDecision.Irrecevabilite, motif: "plafonds", eligibles: ProduitsEligibles.Aucun),
                    D(NatureDecision.Attribution),
                    D(NatureDecision.NonAttribution, motif: "y"),
                ],
                null
            },
        };

    [Theory]
    [MemberData(nameof(Cas))]
    public void Decisions_sur_un_logement_PLUS(
        string cas,
        ExceptionTroisCandidats exception,
        DecisionProposee[] decisions,
        string? refus
    )
    {
        var r = ReglesCaleol.RefusDecisions(FinancementOrigine.Plus, exception, decisions);
        if (refus is null)
            Assert.True(r.Count == 0, cas + " : " + string.Join(" ", r));
        else
            Assert.Contains(r, m => m.Contains(refus, StringComparison.Ordinal));
    }

    // Les plafonds applicables selon le financement d'origine (arrêté du 29 juillet 1987).
    [Theory]
    [InlineData(FinancementOrigine.Plai, ProduitsEligibles.Plus | ProduitsEligibles.Pls, false)]
    [InlineData(FinancementOrigine.PlaiAdapte, ProduitsEligibles.Plai, true)]
    [InlineData(FinancementOrigine.Plus, ProduitsEligibles.Plus, true)]
    [InlineData(FinancementOrigine.AncienRegime, ProduitsEligibles.Pls, false)]
    [InlineData(FinancementOrigine.Pls, ProduitsEligibles.Pls, true)]
    [InlineData(FinancementOrigine.Pli, Tous, true)] // plafonds du PLS retenus (ADR 0017)
    public void Eligibilite_au_financement(
        FinancementOrigine financement,
        ProduitsEligibles eligibles,
        bool eligible
    ) => Assert.Equal(eligible, ReglesCaleol.RefusEligibilite("N", eligibles, financement) is null);

    [Theory]
    [InlineData(3, 2, false, false, true, false)]
    [InlineData(2, 3, true, true, false, false)]
    [InlineData(2, 2, true, true, true, true)]
    [InlineData(2, 2, true, false, false, true)]
    [InlineData(2, 2, false, true, false, false)]
    public void Departage(int pour, int contre, bool present, bool detenteurPour, bool adoptee, bool utilisee)
    {
        var issue = ReglesCaleol.Departager(pour, contre, present, detenteurPour);
        Assert.Equal((adoptee, utilisee), (issue.Adoptee, issue.VoixPreponderanteUtilisee));
    }

    [Theory]
    [InlineData(EtatOccupation.Vacant, null, null, EtapeAttribution.Attribue, true, ReponseOffre.Acceptee, null)]
    [InlineData(EtatOccupation.Occupe, null, null, EtapeAttribution.Attribue, true, ReponseOffre.Acceptee, "déjà loué")]
    [InlineData(
        EtatOccupation.Vacant,
        "2026-01-10",
        null,
        EtapeAttribution.Attribue,
        true,
        ReponseOffre.Acceptee,
        "signé le 10/01/2026"
    )]
    [InlineData(
        EtatOccupation.Vacant,
        "2026-01-10",
        "2026-03-01",
        EtapeAttribution.Attribue,
        true,
        ReponseOffre.Acceptee,
        null
    )]
    [InlineData(
        EtatOccupation.Vacant,
        null,
        null,
        EtapeAttribution.Attribue,
        true,
        ReponseOffre.Refusee,
        "accepté l'offre"
    )]
    [InlineData(
        EtatOccupation.Vacant,
        null,
        null,
        EtapeAttribution.Attribue,
        true,
        ReponseOffre.EnAttente,
        "accepté l'offre"
    )]
    [InlineData(
        EtatOccupation.Vacant,
        null,
        null,
        EtapeAttribution.InscritEnCommission,
        true,
        ReponseOffre.Acceptee,
        "pas attribué"
    )]
    [InlineData(
        EtatOccupation.Vacant,
        null,
        null,
        EtapeAttribution.Attribue,
        false,
        ReponseOffre.Acceptee,
        "pas attribué"
    )]
    public void Bail(
        EtatOccupation occupation,
        string? dernierBail,
        string? liberation,
        EtapeAttribution etape,
        bool attribue,
        ReponseOffre reponse,
        string? refus
    )
    {
        static DateOnly? Date(string? s) =>
            s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var r = ReglesCaleol.RefusBail(new(occupation, Date(dernierBail), Date(liberation), etape, attribue, reponse));
        if (refus is null)
            Assert.Null(r);
        else
            Assert.Contains(refus, r, StringComparison.Ordinal);
    }

    [Fact]
    public void L_offre_passe_au_rang_suivant_apres_un_refus()
    {
        DecisionCaleol[] decisions =
        [
            new()
            {
                Id = 1,
                Nature = NatureDecision.AttributionAvecRang,
                Rang = 2,
            },
            new()
            {
                Id = 2,
                Nature = NatureDecision.AttributionAvecRang,
                Rang = 1,
                Reponse = ReponseOffre.Refusee,
            },
            new() { Id = 3, Nature = NatureDecision.NonAttribution },
        ];
        Assert.Equal(1, ReglesCaleol.ProchainCandidat(decisions, d => d)?.Id);
        decisions[0].Reponse = ReponseOffre.Refusee;
        Assert.Null(ReglesCaleol.ProchainCandidat(decisions, d => d));
    }
}
