using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// L'année écoulée d'une commission de démonstration : chaque séance passée examine les logements dont les candidats
/// sont désignés, décide, est close, puis l'offre, la réponse et le bail suivent — par les mêmes services que les
/// pages (<see cref="ServiceCaleol"/>, <see cref="ServiceOffresCaleol"/>), pour que la démonstration respecte les
/// règles qu'elle montre (trois candidats, quorum, rangs, radiation pour attribution). Les logements libérés depuis
/// moins de deux mois restent pour les séances à venir.
/// </summary>
internal sealed class SemisSeancesPassees(PilotisDbContext db, DateTimeOffset maintenant)
{
    /// <summary>Délai entre la disponibilité d'un logement et la séance qui l'examine (vacance de la démonstration).
    /// </summary>
    private const int JoursAvantSeance = 60;

    private const int LogementsParSeance = 3;

    /// <summary>Jours entre la séance et l'offre, la réponse, puis le bail.</summary>
    private const int JoursOffre = 2,
        JoursReponse = 9,
        JoursBail = 21;

    private readonly HorlogeFixe horloge = new(maintenant);

    public async Task ExecuterAsync(int bailleurId, IReadOnlyList<SeanceCaleol> passees, CancellationToken ct)
    {
        var caleol = new ServiceCaleol(db, horloge);
        var offres = new ServiceOffresCaleol(db, horloge);
        var numero = 0;
        foreach (var seance in passees.OrderBy(s => s.Date))
        {
            var limite = DateOnly.FromDateTime(seance.Date.UtcDateTime).AddDays(-JoursAvantSeance);
            var logements = await (
                from la in db.LogementsAAttribuer
                join l in db.Logements on la.LogementId equals l.Id
                where
                    l.BailleurId == bailleurId
                    && la.Etape == EtapeAttribution.CandidatsDesignes
                    && la.DateDisponibilite <= limite
                orderby la.DateDisponibilite, la.Id
                select la.Id
            )
                .Take(LogementsParSeance)
                .ToListAsync(ct);
            if (logements.Count == 0)
                continue;
            await Exiger(caleol.PresencesAsync(seance.Id, await PresentsAsync(seance, numero++, ct), ct));
            foreach (var id in logements)
            {
                await Exiger(caleol.InscrireAsync(seance.Id, id, ct));
                var refus = await caleol.DeciderAsync(seance.Id, id, await DecisionsAsync(id, ct), ct);
                if (refus.Count > 0)
                    throw new InvalidOperationException(string.Join(" ", refus));
            }
            await Exiger(caleol.CloreAsync(seance.Id, ct));
            var jour = DateOnly.FromDateTime(seance.Date.UtcDateTime);
            foreach (var id in logements)
                await SuivreAsync(offres, seance.Id, id, jour, ct);
        }
    }

    /// <summary>Les membres votants, et le maire deux séances sur trois (son indicateur de participation).</summary>
    private async Task<List<int>> PresentsAsync(SeanceCaleol seance, int numero, CancellationToken ct)
    {
        var membres = await db
            .MembresCaleol.AsNoTracking()
            .Where(m => m.CommissionId == seance.CommissionId)
            .ToListAsync(ct);
        return membres.Where(m => m.Qualite != QualiteMembreCaleol.Maire || numero % 3 != 2).Select(m => m.Id).ToList();
    }

    /// <summary>
    /// Une décision par candidat désigné, dans l'ordre de la désignation : les deux premiers ménages encore actifs
    /// reçoivent le logement aux rangs 1 et 2 ; les autres une non-attribution motivée (CCH R441-3).
    /// </summary>
    private async Task<List<SaisieDecision>> DecisionsAsync(int logementAAttribuerId, CancellationToken ct)
    {
        var designes = await (
            from d in db.Designations.AsNoTracking()
            where d.LogementAAttribuerId == logementAAttribuerId
            join demande in db.Demandes on d.DemandeId equals demande.Id
            orderby d.Ordre
            select new { d.DemandeId, Active = demande.Statut == StatutDemande.Active }
        ).ToListAsync(ct);
        var rang = 0;
        var saisies = new List<SaisieDecision>();
        foreach (var d in designes)
        {
            if (d.Active && rang < 2)
            {
                rang++;
                var nature = rang == 1 ? NatureDecision.Attribution : NatureDecision.AttributionAvecRang;
                saisies.Add(new SaisieDecision(d.DemandeId, nature, rang, null));
            }
            else
            {
                var motif = d.Active
                    ? "Candidature classée après les ménages retenus (fictif)."
                    : "Demande satisfaite entre-temps par un autre logement.";
                saisies.Add(new SaisieDecision(d.DemandeId, NatureDecision.NonAttribution, null, motif));
            }
        }
        return saisies;
    }

    /// <summary>
    /// L'offre au premier rang, sa réponse — un logement sur cinq est refusé une fois, l'offre passe au rang 2 — puis
    /// le bail trois semaines après la séance, s'il est passé.
    /// </summary>
    private async Task SuivreAsync(
        ServiceOffresCaleol offres,
        int seanceId,
        int logementAAttribuerId,
        DateOnly jour,
        CancellationToken ct
    )
    {
        var aujourdhui = offres.Aujourdhui;
        var refusUneFois = logementAAttribuerId % 5 == 0;
        while (await offres.CandidatCourantAsync(seanceId, logementAAttribuerId, ct) is DecisionCaleol courant)
        {
            if (jour.AddDays(JoursReponse) > aujourdhui)
                return;
            await Exiger(offres.OffrirAsync(courant.Id, jour.AddDays(JoursOffre), ct));
            var accepte = !refusUneFois;
            var motif = accepte ? null : "Logement trop éloigné du lieu de travail (fictif).";
            await Exiger(offres.RepondreAsync(courant.Id, accepte, motif, jour.AddDays(JoursReponse), ct));
            if (accepte)
            {
                if (jour.AddDays(JoursBail) <= aujourdhui)
                    await Exiger(Refus(offres.SignerBailAsync(courant.Id, jour.AddDays(JoursBail), ct)));
                return;
            }
            refusUneFois = false;
        }
    }

    private static async Task<string?> Refus(Task<(BailSigne? Bail, string? Refus)> signature) =>
        (await signature).Refus;

    /// <summary>Une écriture refusée ici est une erreur de la démonstration, pas une saisie : elle s'arrête.</summary>
    private static async Task Exiger(Task<string?> ecriture)
    {
        if (await ecriture is string refus)
            throw new InvalidOperationException($"Démonstration de la CALEOL refusée : {refus}");
    }

    /// <summary>L'heure de la démonstration, pour que les services datent comme le semis.</summary>
    private sealed class HorlogeFixe(DateTimeOffset maintenant) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => maintenant;
    }
}
