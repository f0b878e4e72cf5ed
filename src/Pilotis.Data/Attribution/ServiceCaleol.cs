using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Les écritures d'une séance de CALEOL : ordre du jour, présences, décisions, clôture, puis l'offre, la réponse et le
/// bail. Chaque écriture contrôle par les règles du domaine (<see cref="ReglesCaleol"/>,
/// <see cref="TransitionsAttribution"/>) et s'enregistre en une fois, journalisée : rien n'est écrit à moitié.
/// Les droits sont vérifiés par la page appelante (Habilitations).
/// </summary>
public sealed class ServiceCaleol(PilotisDbContext db, TimeProvider horloge)
{
    public DateOnly Aujourdhui => DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);

    /// <summary>Inscrit un logement dont les candidats sont désignés à l'ordre du jour d'une séance ouverte.</summary>
    public async Task<string?> InscrireAsync(int seanceId, int logementAAttribuerId, CancellationToken ct = default)
    {
        var seance = await db.SeancesCaleol.Include(s => s.Inscriptions).FirstAsync(s => s.Id == seanceId, ct);
        if (seance.Close)
            return "La séance est close : son ordre du jour ne change plus.";
        var commission = await db.CommissionsCaleol.AsNoTracking().FirstAsync(c => c.Id == seance.CommissionId, ct);
        var la = await db.LogementsAAttribuer.FirstOrDefaultAsync(l => l.Id == logementAAttribuerId, ct);
        if (la is null)
            return "Logement à attribuer inconnu.";
        var bailleur = await db.Logements.Where(l => l.Id == la.LogementId).Select(l => l.BailleurId).FirstAsync(ct);
        if (bailleur != commission.BailleurId)
            return "Ce logement n'appartient pas au bailleur de la commission.";
        var candidats = await db.Designations.CountAsync(d => d.LogementAAttribuerId == la.Id, ct);
        var refus = TransitionsAttribution.Appliquer(
            la,
            ActionAttribution.InscrireEnCommission,
            ActeurAttribution.Bailleur,
            new(candidats)
        );
        if (refus is not null)
            return refus;
        seance.Inscriptions.Add(new InscriptionSeance { SeanceId = seance.Id, LogementAAttribuerId = la.Id });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Enregistre les membres présents (remplace la liste) ; seuls des membres de la commission.</summary>
    public async Task<string?> PresencesAsync(
        int seanceId,
        IReadOnlyCollection<int> membres,
        CancellationToken ct = default
    )
    {
        var seance = await db.SeancesCaleol.Include(s => s.Presences).FirstAsync(s => s.Id == seanceId, ct);
        if (seance.Close)
            return "La séance est close : les présences ne changent plus.";
        var connus = await db
            .MembresCaleol.Where(m => m.CommissionId == seance.CommissionId)
            .Select(m => m.Id)
            .ToListAsync(ct);
        if (membres.Any(m => !connus.Contains(m)))
            return "Un membre coché n'appartient pas à la commission.";
        seance.Presences.RemoveAll(p => !membres.Contains(p.MembreId));
        foreach (var m in membres.Where(m => seance.Presences.All(p => p.MembreId != m)).Distinct())
            seance.Presences.Add(new PresenceCaleol { SeanceId = seance.Id, MembreId = m });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Enregistre les décisions d'une séance ouverte pour un logement inscrit (elles remplacent les précédentes) :
    /// une par candidat désigné, contrôlées ensemble par <see cref="ReglesCaleol.RefusDecisions"/>. Rend les refus ;
    /// liste vide : enregistré.
    /// </summary>
    public async Task<IReadOnlyList<string>> DeciderAsync(
        int seanceId,
        int logementAAttribuerId,
        IReadOnlyList<SaisieDecision> saisies,
        CancellationToken ct = default
    )
    {
        var seance = await db
            .SeancesCaleol.AsNoTracking()
            .Include(s => s.Inscriptions)
            .Include(s => s.Presences)
            .FirstAsync(s => s.Id == seanceId, ct);
        if (seance.Close)
            return ["La séance est close : ses décisions sont arrêtées."];
        if (seance.Inscriptions.All(i => i.LogementAAttribuerId != logementAAttribuerId))
            return ["Ce logement n'est pas inscrit à l'ordre du jour de la séance."];
        var la = await db.LogementsAAttribuer.AsNoTracking().FirstAsync(l => l.Id == logementAAttribuerId, ct);
        var financement = await db
            .Logements.Where(l => l.Id == la.LogementId)
            .Select(l => l.Financement)
            .FirstAsync(ct);
        var designes = await db
            .Designations.Where(d => d.LogementAAttribuerId == la.Id)
            .Select(d => d.DemandeId)
            .ToListAsync(ct);
        if (
            saisies.Any(s => !designes.Contains(s.DemandeId))
            || saisies.Select(s => s.DemandeId).Distinct().Count() != saisies.Count
        )
            return ["Une décision porte sur un ménage qui n'est pas candidat désigné pour ce logement."];
        var ids = saisies.Select(s => s.DemandeId).ToList();
        var demandes = await db.Demandes.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var proposees = saisies
            .Select(s =>
            {
                var d = demandes[s.DemandeId];
                return new DecisionProposee(
                    d.NumeroUnique,
                    s.Nature,
                    s.Rang,
                    s.Motif,
                    d.ProduitsEligibles,
                    d.Statut == StatutDemande.Active
                );
            })
            .ToList();
        var refus = ReglesCaleol.RefusDecisions(financement, la.ExceptionCandidats, proposees).ToList();
        var votes = await VotesAsync(seance, saisies, demandes, refus, ct);
        if (refus.Count > 0)
            return refus;
        var anciennes = await db
            .DecisionsCaleol.Where(d => d.SeanceId == seanceId && d.LogementAAttribuerId == la.Id)
            .ToListAsync(ct);
        db.DecisionsCaleol.RemoveRange(anciennes);
        foreach (var (s, i) in saisies.Select((s, i) => (s, i)))
        {
            db.DecisionsCaleol.Add(
                new DecisionCaleol
                {
                    SeanceId = seanceId,
                    LogementAAttribuerId = la.Id,
                    DemandeId = s.DemandeId,
                    Nature = s.Nature,
                    Rang = ReglesCaleol.RangEffectif(s.Nature, s.Rang),
                    Motif = string.IsNullOrWhiteSpace(s.Motif) ? null : s.Motif.Trim(),
                    VotesPour = s.VotesPour,
                    VotesContre = s.VotesContre,
                    VoixPreponderanteUtilisee = votes[i],
                }
            );
        }
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>
    /// Une attribution votée doit être adoptée ; à égalité, la voix prépondérante (réglage de la commission) tranche
    /// si son détenteur est présent. Rend, par saisie, si la voix prépondérante a servi ; ajoute les refus.
    /// </summary>
    private async Task<bool[]> VotesAsync(
        SeanceCaleol seance,
        IReadOnlyList<SaisieDecision> saisies,
        Dictionary<long, DemandeLogement> demandes,
        List<string> refus,
        CancellationToken ct
    )
    {
        var commission = await db.CommissionsCaleol.AsNoTracking().FirstAsync(c => c.Id == seance.CommissionId, ct);
        var presents = seance.Presences.Select(p => p.MembreId).ToList();
        var detenteurPresent = await db.MembresCaleol.AnyAsync(
            m => presents.Contains(m.Id) && m.Qualite == commission.VoixPreponderante,
            ct
        );
        var utilisees = new bool[saisies.Count];
        for (var i = 0; i < saisies.Count; i++)
        {
            var s = saisies[i];
            if (s.VotesPour is not int pour || s.VotesContre is not int contre)
                continue;
            if (pour < 0 || contre < 0)
            {
                refus.Add($"Demande {demandes[s.DemandeId].NumeroUnique} : un nombre de voix n'est jamais négatif.");
                continue;
            }
            var issue = ReglesCaleol.Departager(pour, contre, detenteurPresent, s.DetenteurPour);
            utilisees[i] = issue.VoixPreponderanteUtilisee;
            if (s.Nature.Attribue() && !issue.Adoptee)
                refus.Add(
                    $"Demande {demandes[s.DemandeId].NumeroUnique} : attribution non adoptée — {issue.Explication}"
                );
        }
        return utilisees;
    }

    /// <summary>
    /// Clôt la séance : quorum atteint (CCH R441-9, règlement intérieur), chaque logement inscrit a une décision par
    /// candidat désigné ; chaque logement passe à « attribué » ou retourne à la désignation.
    /// </summary>
    public async Task<string?> CloreAsync(int seanceId, CancellationToken ct = default)
    {
        var seance = await db
            .SeancesCaleol.Include(s => s.Inscriptions)
            .Include(s => s.Presences)
            .FirstAsync(s => s.Id == seanceId, ct);
        if (seance.Close)
            return "La séance est déjà close.";
        var commission = await db
            .CommissionsCaleol.AsNoTracking()
            .Include(c => c.Membres)
            .FirstAsync(c => c.Id == seance.CommissionId, ct);
        var presents = commission.Membres.Where(m => seance.Presences.Any(p => p.MembreId == m.Id));
        var votants = ReglesCaleol.VotantsPresents(presents);
        if (!ReglesCaleol.QuorumAtteint(votants, commission.Quorum))
        {
            return $"Le quorum n'est pas atteint : {votants} membre(s) votant(s) présent(s) pour un quorum de "
                + $"{commission.Quorum}. La séance ne peut pas être close.";
        }
        if (seance.Inscriptions.Count == 0)
            return "L'ordre du jour est vide : inscrivez au moins un logement.";
        var ids = seance.Inscriptions.Select(i => i.LogementAAttribuerId).ToList();
        var logements = await db.LogementsAAttribuer.Where(l => ids.Contains(l.Id)).ToListAsync(ct);
        var decisions = await db.DecisionsCaleol.AsNoTracking().Where(d => d.SeanceId == seanceId).ToListAsync(ct);
        var designations = await db
            .Designations.AsNoTracking()
            .Where(d => ids.Contains(d.LogementAAttribuerId))
            .ToListAsync(ct);
        var actions =
            new List<(LogementAAttribuer Logement, ActionAttribution Action, ContexteTransitionAttribution C)>();
        foreach (var la in logements.OrderBy(l => l.Id))
        {
            var siennes = decisions.Where(d => d.LogementAAttribuerId == la.Id).ToList();
            var attendues = designations.Count(d => d.LogementAAttribuerId == la.Id);
            if (siennes.Count == 0 || siennes.Count < attendues)
            {
                return $"Le logement n° {la.Id} n'a pas de décision pour chacun de ses {attendues} candidat(s) : "
                    + "la séance ne peut pas être close.";
            }
            var attributions = siennes.Count(d => d.Nature.Attribue());
            var action = attributions > 0 ? ActionAttribution.Attribuer : ActionAttribution.ConstaterSansAttribution;
            var contexte = new ContexteTransitionAttribution(siennes.Count, true, attributions);
            if (TransitionsAttribution.Refus(la, action, ActeurAttribution.Commission, contexte) is string refus)
                return $"Logement n° {la.Id} : {refus}";
            actions.Add((la, action, contexte));
        }
        // Tout est contrôlé : on applique, puis on écrit en une fois.
        foreach (var (la, action, contexte) in actions)
            TransitionsAttribution.Appliquer(la, action, ActeurAttribution.Commission, contexte);
        seance.Close = true;
        db.Journaliser(
            "Clôture de séance CALEOL",
            nameof(SeanceCaleol),
            seance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null
        );
        await db.SaveChangesAsync(ct);
        return null;
    }
}
