using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Les règles de la commission d'attribution (CALEOL, CCH L441-2, R441-3, R441-9) : quorum, décisions valides pour un
/// logement, départage des voix, offre et bail. Fonctions pures : les pages et services ne font que les appeler.
/// </summary>
public static class ReglesCaleol
{
    /// <summary>Nombre de candidats que la commission examine par logement, sauf exception (CCH R441-3).</summary>
    public const int CandidatsMinimum = ReglesDesignation.CandidatsMinimum;

    /// <summary>Seuls les membres votants comptent pour le quorum : les réservataires ont voix consultative (R441-9).
    /// </summary>
    public static int VotantsPresents(IEnumerable<MembreCaleol> presents) => presents.Count(m => m.Votant);

    /// <summary>Le quorum du règlement intérieur est atteint quand les votants présents l'égalent au moins.</summary>
    public static bool QuorumAtteint(int votantsPresents, int quorum) => votantsPresents >= quorum;

    /// <summary>
    /// Moins de trois candidats n'est admis qu'avec une exception nommée (CCH R441-3). L'exception a été vérifiée à la
    /// désignation (<see cref="ReglesDesignation.VerifierNombre"/>) et reste portée par le logement : la commission
    /// n'a plus qu'à constater qu'elle existe.
    /// </summary>
    public static string? RefusNombreCandidats(int candidats, ExceptionTroisCandidats exception) =>
        candidats >= CandidatsMinimum || (exception != ExceptionTroisCandidats.Aucune && candidats >= 1) ? null
        : candidats == 0 ? "Aucun candidat n'est désigné pour ce logement."
        : $"La commission examine au moins trois candidats par logement (CCH R441-3) : {candidats} seulement, "
            + "sans exception nommée (ménage DALO désigné par le préfet, insuffisance de candidats, PLAI adapté).";

    /// <summary>Pourquoi ce ménage ne peut pas recevoir ce logement au vu de ses ressources (CCH L441-1), ou null.
    /// </summary>
    public static string? RefusEligibilite(string numero, ProduitsEligibles eligibles, FinancementOrigine financement)
    {
        // Les plafonds du financement d'origine, une seule table (PLI ramené au PLS, ADR 0017).
        var requis = CorrespondancesLogement.Produit(financement);
        return eligibles.HasFlag(requis)
            ? null
            : $"Demande {numero} : les ressources du ménage dépassent les plafonds {financement.Libelle()} du "
                + "logement (CCH L441-1) ; il ne peut pas lui être attribué.";
    }

    /// <summary>
    /// Toutes les raisons de refuser les décisions d'une séance pour un logement, dans l'ordre : nombre de
    /// candidats (R441-3), motifs, éligibilité (L441-1), rangs (une seule attribution de premier rang, rangs
    /// uniques et contigus). Liste vide : les décisions peuvent être enregistrées.
    /// </summary>
    public static IReadOnlyList<string> RefusDecisions(
        FinancementOrigine financement,
        ExceptionTroisCandidats exception,
        IReadOnlyList<DecisionProposee> decisions
    )
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var refus = new List<string>();
        if (RefusNombreCandidats(decisions.Count, exception) is string nombre)
            refus.Add(nombre);
        foreach (var d in decisions)
        {
            if (RefusMotif(d) is string motif)
                refus.Add(motif);
            if (d.Nature.Attribue() && !d.DemandeActive)
                refus.Add($"Demande {d.NumeroDemande} : la demande n'est plus active ; elle ne peut rien recevoir.");
            else if (d.Nature.Attribue() && RefusEligibilite(d.NumeroDemande, d.Eligibles, financement) is string e)
                refus.Add(e);
        }
        refus.AddRange(RefusRangs(decisions));
        return refus;
    }

    /// <summary>Le motif est obligatoire pour une non-attribution, une irrecevabilité ou une condition suspensive
    /// (CCH R441-3 : décisions motivées).</summary>
    public static string? RefusMotif(DecisionProposee d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var exige =
            d.Nature
            is NatureDecision.NonAttribution
                or NatureDecision.Irrecevabilite
                or NatureDecision.AttributionSousCondition;
        if (exige && string.IsNullOrWhiteSpace(d.Motif))
        {
            return d.Nature == NatureDecision.AttributionSousCondition
                ? $"Demande {d.NumeroDemande} : indiquez la condition suspensive."
                : $"Demande {d.NumeroDemande} : le motif de la {d.Nature.Libelle().ToLowerInvariant()} "
                    + "est obligatoire.";
        }
        if (d.Motif?.Trim().Length > DecisionCaleol.LongueurMotifMaximum)
        {
            var message = MessagesSaisie.TropLong("le motif", DecisionCaleol.LongueurMotifMaximum);
            return $"Demande {d.NumeroDemande} : {message}";
        }
        return null;
    }

    /// <summary>Le rang effectif d'une décision : une attribution simple ou sous condition sans rang est de rang 1.
    /// </summary>
    public static int? RangEffectif(NatureDecision nature, int? rang) =>
        !nature.Attribue() ? null
        : nature == NatureDecision.AttributionAvecRang ? rang
        : rang ?? 1;

    private static IEnumerable<string> RefusRangs(IReadOnlyList<DecisionProposee> decisions)
    {
        foreach (var d in decisions.Where(d => !d.Nature.Attribue() && d.Rang is not null))
            yield return $"Demande {d.NumeroDemande} : une {d.Nature.Libelle().ToLowerInvariant()} n'a pas de rang.";
        foreach (var d in decisions.Where(d => d.Nature == NatureDecision.AttributionAvecRang && d.Rang is null))
            yield return $"Demande {d.NumeroDemande} : une attribution par ordre de priorité exige un rang.";
        var rangs = decisions.Select(d => RangEffectif(d.Nature, d.Rang)).OfType<int>().Order().ToList();
        if (rangs.Count(r => r == 1) > 1)
            yield return "Une seule attribution de premier rang par logement.";
        else if (rangs.Distinct().Count() != rangs.Count)
            yield return "Deux candidats ont le même rang : les rangs sont uniques.";
        else if (rangs.Count > 0 && !rangs.SequenceEqual(Enumerable.Range(1, rangs.Count)))
            yield return $"Les rangs se suivent à partir de 1 (1 à {rangs.Count}) : reçus {string.Join(", ", rangs)}.";
    }

    /// <summary>
    /// Le départage d'un vote (règlement intérieur de la commission) : la majorité l'emporte ; à égalité, la voix du
    /// membre qui tient la voix prépondérante tranche s'il est présent ; sinon la proposition n'est pas adoptée.
    /// </summary>
    public static IssueVote Departager(int pour, int contre, bool detenteurPresent, bool detenteurPour)
    {
        if (pour < 0 || contre < 0)
            throw new ArgumentOutOfRangeException(nameof(pour), "Un nombre de voix n'est jamais négatif.");
        if (pour != contre)
        {
            return new IssueVote(pour > contre, false, $"{pour} voix pour, {contre} contre : majorité.");
        }
        if (!detenteurPresent)
        {
            return new IssueVote(
                false,
                false,
                $"{pour} voix pour, {contre} contre : égalité, voix prépondérante absente, non adoptée."
            );
        }
        return new IssueVote(
            detenteurPour,
            true,
            $"{pour} voix pour, {contre} contre : égalité tranchée par la voix prépondérante "
                + (detenteurPour ? "(pour)." : "(contre).")
        );
    }

    /// <summary>
    /// L'ordre de l'offre (CCH R441-3) : le candidat retenu de plus petit rang dont l'offre n'a pas été refusée ;
    /// null quand tous ont refusé.
    /// </summary>
    public static T? ProchainCandidat<T>(IEnumerable<T> decisions, Func<T, DecisionCaleol> lire)
        where T : class =>
        decisions
            .Where(d => lire(d).Nature.Attribue() && lire(d).Reponse != ReponseOffre.Refusee)
            .OrderBy(d => RangEffectif(lire(d).Nature, lire(d).Rang))
            .FirstOrDefault();

    /// <summary>Pourquoi le bail ne peut pas être signé (logement non attribué, déjà loué, offre non acceptée), ou
    /// null.</summary>
    public static string? RefusBail(ContexteBail c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Etape == EtapeAttribution.BailSigne || c.Occupation == EtatOccupation.Occupe)
            return "Ce logement est déjà loué : un bail y est signé.";
        if (c.DernierBail is DateOnly bail && (c.DerniereLiberation is not DateOnly conge || conge < bail))
        {
            return $"Ce logement est déjà loué : un bail y a été signé le {bail:dd/MM/yyyy} et aucune libération "
                + "n'a été déclarée depuis.";
        }
        if (c.Etape != EtapeAttribution.Attribue || !c.DecisionAttribue)
            return "Ce logement n'est pas attribué par la commission à ce candidat.";
        return c.Reponse != ReponseOffre.Acceptee
            ? "Le bail ne se signe qu'avec le candidat qui a accepté l'offre."
            : null;
    }
}
