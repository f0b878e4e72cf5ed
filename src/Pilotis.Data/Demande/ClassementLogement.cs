using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Classement des demandes candidates à un logement libéré (commune, typologie, produit) : les demandes actives qui
/// souhaitent la commune à n'importe quel rang, acceptent la typologie et sont éligibles au produit, dans l'ordre de
/// <see cref="OrdreClassement"/>. Le score aide la décision de la commission d'attribution, il ne la prend pas
/// (CCH L441-2-8).
/// </summary>
public static class ClassementLogement
{
    public const int LimiteMaximale = 1000;

    public static async Task<IReadOnlyList<CandidatLogement>> ClasserAsync(
        PilotisDbContext db,
        string communeCode,
        Typologies typologie,
        ProduitsEligibles produit,
        int limite,
        Expression<Func<DemandeLogement, bool>>? filtre = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        limite = Math.Clamp(limite, 1, LimiteMaximale);
        var demandes = db
            .Demandes.AsNoTracking()
            .Where(d =>
                d.Statut == StatutDemande.Active
                && (d.TypologiesSouhaitees & typologie) == typologie
                && (d.ProduitsEligibles & produit) == produit
            );
        if (filtre is not null)
            demandes = demandes.Where(filtre);
        var candidats =
            from c in db.CommunesSouhaitees.AsNoTracking()
            where c.CommuneCode == communeCode
            join d in demandes on c.DemandeId equals d.Id
            select new { Demande = d, c.Rang };
        return await candidats
            .ParClassement(x => x.Demande, scoreEnReel: db.Database.IsSqlite())
            .Take(limite)
            .Select(x => new CandidatLogement(
                x.Demande.Id,
                x.Demande.NumeroUnique,
                x.Demande.Score,
                x.Demande.DateDepot,
                x.Demande.NombrePersonnes,
                x.Demande.PersonnesACharge,
                x.Rang
            ))
            .ToListAsync(ct);
    }
}
