using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Foncier;

/// <summary>
/// Les requêtes du foncier partagées par plusieurs consommateurs (pages, API, import, ligne de commande) : lieu des
/// communes, paramètres de capacité, recalcul des capacités, indicateurs d'un EPCI, alertes de fin de portage.
/// </summary>
public static class RequetesFoncier
{
    /// <summary>Le lieu des communes actuelles demandées (toutes quand <paramref name="codes"/> est null).</summary>
    public static async Task<Dictionary<string, LieuCommune>> LieuxAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string>? codes,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = db.Communes.AsNoTracking().Where(c => c.Type == TypeCommune.Actuelle);
        if (codes is not null)
            q = q.Where(c => codes.Contains(c.Code));
        return await q.Select(c => new LieuCommune(c.Code, c.Nom, c.EpciSiren, c.DepartementCode, c.RegionCode))
            .ToDictionaryAsync(c => c.Code, ct);
    }

    public static async Task<List<ParametreCapacite>> ParametresAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> epcis,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ParametresCapacite.AsNoTracking().Where(p => epcis.Contains(p.EpciSiren)).ToListAsync(ct);
    }

    /// <summary>
    /// Recalcule la capacité des sites d'un EPCI avec ses paramètres en vigueur (après une nouvelle ligne de
    /// paramètres) ; l'appelant enregistre. Rend le nombre de sites dont la capacité change.
    /// </summary>
    public static async Task<int> RecalculerCapacitesAsync(
        PilotisDbContext db,
        string epci,
        DateOnly date,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var parametres = await ParametresAsync(db, [epci], ct);
        var sites = await db.SitesFonciers.Where(s => s.EpciSiren == epci).ToListAsync(ct);
        var changes = 0;
        foreach (var s in sites)
        {
            var capacite = CapaciteFonciere.Estimer(s, parametres, date);
            if (capacite != s.CapaciteEstimee)
            {
                s.CapaciteEstimee = capacite;
                changes++;
            }
        }
        return changes;
    }

    /// <summary>
    /// Indicateurs d'un EPCI sur une période, sur les sites que l'acteur peut lire (les logements d'un site en
    /// opération sont ceux des lots de son opération).
    /// </summary>
    public static Task<IndicateursFonciers> IndicateursAsync(
        PilotisDbContext db,
        Acteur acteur,
        string epci,
        DateOnly debut,
        DateOnly fin,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        return IndicateursAsync(
            db,
            db.SitesFonciers.Where(AccesFoncier.Sites(acteur, Acte.Lire)).Where(s => s.EpciSiren == epci),
            debut,
            fin,
            ct
        );
    }

    /// <summary>
    /// Indicateurs des sites donnés sur une période (un EPCI pour l'observatoire, un département pour la feuille de
    /// route).
    /// </summary>
    public static async Task<IndicateursFonciers> IndicateursAsync(
        PilotisDbContext db,
        IQueryable<SiteFoncier> sites,
        DateOnly debut,
        DateOnly fin,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var lignes = await sites
            .AsNoTracking()
            .Select(s => new
            {
                s.Statut,
                s.DateStatut,
                s.CapaciteEstimee,
                Logements = s.OperationId == null
                    ? (int?)null
                    : db.LotsOperation.Where(l => l.OperationId == s.OperationId).Sum(l => (int?)l.NombreLogements),
            })
            .ToListAsync(ct);
        return IndicateursFonciers.Calculer(
            lignes.Select(l => (l.Statut, l.DateStatut, l.CapaciteEstimee, l.Logements)),
            debut,
            fin
        );
    }

    /// <summary>
    /// Les conventions de portage que l'acteur peut lire et qui finissent dans les 12 mois sans opération sur leur
    /// site (<see cref="AlertePortage"/>), la plus proche d'abord.
    /// </summary>
    public static async Task<List<AlerteFinPortage>> AlertesAsync(
        PilotisDbContext db,
        Acteur acteur,
        DateOnly aujourdhui,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Habilitations.PorteeAccordee(acteur, Ressource.OutilsFonciers, Acte.Lire) == Portee.Aucune)
            return [];
        var limite = AlertePortage.Limite(aujourdhui);
        var candidates = await db
            .OutilsFonciers.AsNoTracking()
            .Where(AccesFoncier.Outils(acteur, Acte.Lire))
            .Where(o =>
                o.Type == TypeOutilFoncier.ConventionPortage
                && o.DateFin != null
                && o.DateFin >= aujourdhui
                && o.DateFin <= limite
            )
            .Select(o => new
            {
                o.Id,
                o.Type,
                o.Nom,
                o.CommuneCode,
                o.EpciSiren,
                o.SiteId,
                Site = db
                    .SitesFonciers.Where(s => s.Id == o.SiteId)
                    .Select(s => new { s.Nom, s.OperationId })
                    .FirstOrDefault(),
                o.DateFin,
                o.Montant,
            })
            .ToListAsync(ct);
        // La règle entière (bornes comprises) reste celle du domaine : la requête ne fait que la dégrossir.
        return candidates
            .Where(c => AlertePortage.EnAlerte(c.Type, c.DateFin, c.Site?.OperationId is not null, aujourdhui))
            .OrderBy(c => c.DateFin)
            .Select(c => new AlerteFinPortage(
                c.Id,
                c.Nom,
                c.CommuneCode,
                c.EpciSiren,
                c.SiteId,
                c.Site?.Nom,
                c.DateFin!.Value,
                c.Montant
            ))
            .ToList();
    }
}
