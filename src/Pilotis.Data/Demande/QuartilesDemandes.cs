using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Seuil du premier quartile des ressources annuelles par UC des demandeurs d'un EPCI (CCH L441-1 : 25 % des
/// attributions hors QPV aux demandeurs du premier quartile). La valeur officielle de l'année (arrêté préfectoral,
/// <see cref="SeuilQuartileOfficiel"/>) prévaut ; à défaut, le seuil est calculé depuis le registre : rang le plus proche
/// du 25e centile des demandes actives de l'EPCI (la plus petite valeur dont la part cumulée atteint 25 %), soit
/// <c>percentile_disc(0.25)</c> de PostgreSQL.
/// </summary>
public static class QuartilesDemandes
{
    public static async Task<SeuilQuartile> SeuilAsync(
        PilotisDbContext db,
        string epciSiren,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var officiel = await db
            .SeuilsQuartileOfficiels.AsNoTracking()
            .Where(s => s.EpciSiren == epciSiren && s.Annee == annee)
            .Select(s => new { s.Seuil, s.Source })
            .FirstOrDefaultAsync(ct);
        if (officiel is not null)
            return new SeuilQuartile(officiel.Seuil, true, 0, officiel.Source);
        return await CalculerAsync(db, epciSiren, ct);
    }

    /// <summary>Seuil calculé depuis le registre, sans regarder la valeur officielle.</summary>
    public static async Task<SeuilQuartile> CalculerAsync(
        PilotisDbContext db,
        string epciSiren,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var actives = db
            .Demandes.AsNoTracking()
            .Where(d => d.EpciSiren == epciSiren && d.Statut == StatutDemande.Active && d.DatePurge == null);
        if (db.Database.IsNpgsql())
        {
            // Une seule lecture de l'index (EpciSiren, Statut) INCLUDE (RessourcesParUc).
            var ligne = (
                await db
                    .Database.SqlQuery<LigneQuartile>(
                        $"""
                        SELECT count(*)::int AS "Demandes", percentile_disc(0.25) WITHIN GROUP (ORDER BY "RessourcesParUc") AS "Valeur"
                        FROM "Demandes" WHERE "EpciSiren" = {epciSiren} AND "Statut" = {(int)
                            StatutDemande.Active} AND "DatePurge" IS NULL
                        """
                    )
                    .ToListAsync(ct)
            ).Single();
            return ligne.Demandes == 0
                ? SeuilQuartile.Inconnu
                : new SeuilQuartile(ligne.Valeur, false, ligne.Demandes, null);
        }
        var nombre = await actives.CountAsync(ct);
        if (nombre == 0)
            return SeuilQuartile.Inconnu;
        // Rang le plus proche : la ⌈0,25 × n⌉-ième valeur par ordre croissant. SQLite range les décimaux en texte :
        // on trie sur leur valeur réelle (les ressources par UC sont des euros entiers, exacts en double).
        var rang = (int)Math.Ceiling(nombre * 0.25m);
        var valeur = await actives
            .OrderBy(d => (double)d.RessourcesParUc)
            .Skip(rang - 1)
            .Select(d => d.RessourcesParUc)
            .FirstAsync(ct);
        return new SeuilQuartile(valeur, false, nombre, null);
    }

    private sealed class LigneQuartile
    {
        public int Demandes { get; set; }
        public decimal? Valeur { get; set; }
    }
}
