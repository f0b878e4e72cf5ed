using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Après une séance close : l'offre au candidat retenu de premier rang, sa réponse (un refus passe l'offre au rang
/// suivant), puis la signature du bail, qui crée le <see cref="BailSigne"/> compté par les objectifs de CCH L441-1,
/// radie la demande pour attribution (même chemin que le registre, <see cref="EcheancesDemande.Radier"/>) et marque le
/// logement loué — en une seule écriture journalisée.
/// </summary>
public sealed class ServiceOffresCaleol(PilotisDbContext db, TimeProvider horloge)
{
    public const string PrefixeNumero = "PIL-";

    public DateOnly Aujourdhui => DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);

    /// <summary>Le candidat à qui l'offre revient pour ce logement dans cette séance (ordre des rangs), ou null.
    /// </summary>
    public async Task<DecisionCaleol?> CandidatCourantAsync(
        int seanceId,
        int logementAAttribuerId,
        CancellationToken ct
    )
    {
        var decisions = await db
            .DecisionsCaleol.Where(d => d.SeanceId == seanceId && d.LogementAAttribuerId == logementAAttribuerId)
            .ToListAsync(ct);
        return ReglesCaleol.ProchainCandidat(decisions, d => d);
    }

    private async Task<(DecisionCaleol? Decision, string? Refus)> DecisionCouranteAsync(long id, CancellationToken ct)
    {
        var decision = await db.DecisionsCaleol.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
            return (null, "Décision inconnue.");
        var close = await db.SeancesCaleol.Where(s => s.Id == decision.SeanceId).Select(s => s.Close).FirstAsync(ct);
        if (!close)
            return (null, "L'offre suit la séance close : clôturez d'abord la séance.");
        var etape = await db
            .LogementsAAttribuer.Where(l => l.Id == decision.LogementAAttribuerId)
            .Select(l => l.Etape)
            .FirstAsync(ct);
        if (etape != EtapeAttribution.Attribue)
            return (null, $"Ce logement n'est pas attribué (étape « {etape.Libelle()} »).");
        var courant = await CandidatCourantAsync(decision.SeanceId, decision.LogementAAttribuerId, ct);
        if (courant?.Id != decision.Id)
            return (null, "L'offre revient au candidat retenu de plus petit rang qui ne l'a pas refusée.");
        return (decision, null);
    }

    /// <summary>Enregistre la date de l'offre faite au candidat courant.</summary>
    public async Task<string?> OffrirAsync(long decisionId, DateOnly date, CancellationToken ct = default)
    {
        var (decision, refus) = await DecisionCouranteAsync(decisionId, ct);
        if (decision is null)
            return refus;
        if (decision.Reponse != ReponseOffre.EnAttente)
            return "Le candidat a déjà répondu à l'offre.";
        var seance = await db.SeancesCaleol.AsNoTracking().FirstAsync(s => s.Id == decision.SeanceId, ct);
        if (RefusDate(date, DateOnly.FromDateTime(seance.Date.Date), "la séance") is string d)
            return d;
        decision.DateOffre = date;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Enregistre la réponse du candidat : acceptée, ou refusée avec un motif (l'offre passe au rang
    /// suivant ; sans rang suivant, le logement retourne à la désignation).</summary>
    public async Task<string?> RepondreAsync(
        long decisionId,
        bool acceptee,
        string? motifRefus,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        var (decision, refus) = await DecisionCouranteAsync(decisionId, ct);
        if (decision is null)
            return refus;
        if (decision.DateOffre is not DateOnly offre)
            return "Enregistrez d'abord la date de l'offre.";
        if (decision.Reponse != ReponseOffre.EnAttente)
            return "Le candidat a déjà répondu à l'offre.";
        if (RefusDate(date, offre, "l'offre") is string d)
            return d;
        if (!acceptee && string.IsNullOrWhiteSpace(motifRefus))
            return "Le motif du refus est obligatoire.";
        if (motifRefus?.Trim().Length > DecisionCaleol.LongueurMotifMaximum)
            return MessagesSaisie.TropLong("Le motif du refus", DecisionCaleol.LongueurMotifMaximum);
        decision.Reponse = acceptee ? ReponseOffre.Acceptee : ReponseOffre.Refusee;
        decision.MotifRefus = acceptee ? null : motifRefus!.Trim();
        decision.DateReponse = date;
        if (!acceptee)
        {
            var suivant = await CandidatCourantAsync(decision.SeanceId, decision.LogementAAttribuerId, ct);
            if (suivant is null || suivant.Id == decision.Id)
            {
                var la = await db.LogementsAAttribuer.FirstAsync(l => l.Id == decision.LogementAAttribuerId, ct);
                TransitionsAttribution.Appliquer(
                    la,
                    ActionAttribution.RelancerDesignation,
                    ActeurAttribution.Bailleur,
                    new()
                );
            }
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Signe le bail du candidat qui a accepté l'offre ; rend le bail créé ou le refus.</summary>
    public async Task<(BailSigne? Bail, string? Refus)> SignerBailAsync(
        long decisionId,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        var decision = await db.DecisionsCaleol.FirstOrDefaultAsync(d => d.Id == decisionId, ct);
        if (decision is null)
            return (null, "Décision inconnue.");
        var la = await db.LogementsAAttribuer.FirstAsync(l => l.Id == decision.LogementAAttribuerId, ct);
        var logement = await db.Logements.FirstAsync(l => l.Id == la.LogementId, ct);
        var demande = await db.Demandes.FirstAsync(d => d.Id == decision.DemandeId, ct);
        var refus = await RefusBailAsync(decision, la, logement, ct);
        if (refus is null && decision.DateReponse is DateOnly reponse)
            refus = RefusDate(date, reponse, "la réponse du candidat");
        refus ??= EcheancesDemande.RefusRadiation(
            demande,
            MotifRadiation.Attribution,
            date,
            Aujourdhui,
            logement.CommuneCode
        );
        if (refus is not null)
            return (null, refus);

        var bail = new BailSigne
        {
            NumeroAttribution = PrefixeNumero + decision.Id.ToString(CultureInfo.InvariantCulture),
            BailleurId = logement.BailleurId,
            CommuneCode = logement.CommuneCode,
            LogementEnQpv = logement.EnQpv,
            Contingent = la.Contingent ?? Contingent.Bailleur,
            DateSignatureBail = date,
            RessourcesAnnuellesParUc = demande.RessourcesParUc,
            Dalo = demande.Dalo,
            Prioritaire = demande.CriteresPrioritaires != CriteresPrioritaires.Aucun,
            NumeroUnique = demande.NumeroUnique,
            LogementId = logement.Id,
            LogementAAttribuerId = la.Id,
            DemandeId = demande.Id,
            ModifieLe = horloge.GetUtcNow(),
        };
        db.BauxSignes.Add(bail);
        // CCH R441-2-8 : la demande satisfaite est radiée pour attribution, par le chemin du registre.
        EcheancesDemande.Radier(demande, MotifRadiation.Attribution, date, Aujourdhui, logement.CommuneCode);
        demande.ModifieeLe = horloge.GetUtcNow();
        logement.Occupation = EtatOccupation.Occupe;
        logement.ModifieLe = horloge.GetUtcNow();
        TransitionsAttribution.Appliquer(
            la,
            ActionAttribution.SignerBail,
            ActeurAttribution.Bailleur,
            new(OffreAcceptee: true)
        );
        db.Journaliser(
            "Signature du bail",
            nameof(LogementAAttribuer),
            la.Id.ToString(CultureInfo.InvariantCulture),
            new
            {
                bail.NumeroAttribution,
                Date = date,
                Demande = demande.NumeroUnique,
            }
        );
        await db.SaveChangesAsync(ct);
        return (bail, null);
    }

    /// <summary>Le contexte du bail lu en base, jugé par <see cref="ReglesCaleol.RefusBail"/>.</summary>
    private async Task<string?> RefusBailAsync(
        DecisionCaleol decision,
        LogementAAttribuer la,
        Logement logement,
        CancellationToken ct
    )
    {
        var dernierBail = await db
            .BauxSignes.Where(b => b.LogementId == logement.Id || b.LogementAAttribuerId == la.Id)
            .OrderByDescending(b => b.DateSignatureBail)
            .Select(b => (DateOnly?)b.DateSignatureBail)
            .FirstOrDefaultAsync(ct);
        var liberations = await db
            .LogementsAAttribuer.Where(l => l.LogementId == logement.Id)
            .Select(l => l.DateConge ?? l.DateDisponibilite)
            .ToListAsync(ct);
        DateOnly? derniere = liberations.Count == 0 ? null : liberations.Max();
        var bailSurCeParcours = await db.BauxSignes.AnyAsync(b => b.LogementAAttribuerId == la.Id, ct);
        return ReglesCaleol.RefusBail(
            new ContexteBail(
                logement.Occupation,
                bailSurCeParcours ? dernierBail ?? DateOnly.MaxValue : dernierBail,
                bailSurCeParcours ? null : derniere,
                la.Etape,
                decision.Nature.Attribue(),
                decision.Reponse
            )
        );
    }

    private string? RefusDate(DateOnly date, DateOnly reference, string quoi) =>
        date > Aujourdhui ? "La date ne peut pas être dans le futur."
        : date < reference ? $"La date ne peut pas précéder {quoi} ({reference:dd/MM/yyyy})."
        : null;
}
