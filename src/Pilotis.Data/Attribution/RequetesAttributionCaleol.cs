using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>Les lectures partagées par la page d'une séance et son procès-verbal.</summary>
public static class RequetesAttributionCaleol
{
    /// <summary>La séance, sa commission, son bailleur, et chaque logement inscrit avec ses candidats ; null si
    /// inconnue.</summary>
    public static async Task<VueSeance?> SeanceAsync(PilotisDbContext db, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var seance = await db
            .SeancesCaleol.AsNoTracking()
            .Include(s => s.Presences)
            .Include(s => s.Inscriptions)
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (seance is null)
            return null;
        var commission = await db
            .CommissionsCaleol.AsNoTracking()
            .Include(c => c.Membres)
            .FirstAsync(c => c.Id == seance.CommissionId, ct);
        var bailleur = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == commission.BailleurId, ct);
        var ids = seance.Inscriptions.Select(i => i.LogementAAttribuerId).ToList();
        var las = await db.LogementsAAttribuer.AsNoTracking().Where(l => ids.Contains(l.Id)).ToListAsync(ct);
        var logementIds = las.Select(l => l.LogementId).ToList();
        var logements = await db
            .Logements.AsNoTracking()
            .Where(l => logementIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, ct);
        var codes = logements.Values.Select(l => l.CommuneCode).Distinct().ToList();
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => codes.Contains(c.Code) && c.Type == TypeCommune.Actuelle)
            .ToDictionaryAsync(c => c.Code, c => c.Nom, ct);
        var reservataireIds = las.Select(l => l.ReservataireId).OfType<int>().Distinct().ToList();
        var reservataires = await db
            .Organisations.AsNoTracking()
            .Where(o => reservataireIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Nom, ct);
        var candidats = await CandidatsAsync(db, id, ids, ct);
        var vues = las.OrderBy(l => l.Id)
            .Select(la =>
            {
                var logement = logements[la.LogementId];
                var reservataire = la.ReservataireId is int r
                    ? reservataires.GetValueOrDefault(r, "?")
                    : "Bailleur (logement non réservé)";
                return new VueLogementSeance(
                    la,
                    logement,
                    communes.GetValueOrDefault(logement.CommuneCode, logement.CommuneCode),
                    reservataire,
                    candidats[la.Id].ToList()
                );
            })
            .ToList();
        return new VueSeance(seance, commission, bailleur, vues);
    }

    private static async Task<ILookup<int, VueCandidat>> CandidatsAsync(
        PilotisDbContext db,
        int seanceId,
        List<int> ids,
        CancellationToken ct
    )
    {
        var designations = await db
            .Designations.AsNoTracking()
            .Where(d => ids.Contains(d.LogementAAttribuerId))
            .OrderBy(d => d.Ordre)
            .ToListAsync(ct);
        var demandeIds = designations.Select(d => d.DemandeId).Distinct().ToList();
        var demandes = await db
            .Demandes.AsNoTracking()
            .Where(d => demandeIds.Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                d.NumeroUnique,
                d.NombrePersonnes,
                d.Score,
            })
            .ToDictionaryAsync(d => d.Id, ct);
        var decisions = await db.DecisionsCaleol.AsNoTracking().Where(d => d.SeanceId == seanceId).ToListAsync(ct);
        return designations
            .Select(d =>
            {
                var demande = demandes[d.DemandeId];
                var decision = decisions.FirstOrDefault(x =>
                    x.LogementAAttribuerId == d.LogementAAttribuerId && x.DemandeId == d.DemandeId
                );
                return new VueCandidat(d, demande.NumeroUnique, demande.NombrePersonnes, demande.Score, decision);
            })
            .ToLookup(c => c.Designation.LogementAAttribuerId);
    }
}
