using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Agrégat partagé par les pages du flux (bailleur, réservataire) et le bilan annuel (CCH R441-5-1) : les logements à
/// attribuer d'une année, comptés en SQL par bailleur, département, titulaire, typologie, financement, QPV, commune,
/// mois, et selon qu'ils sont dans le flux, orientés, attribués (bail signé sur le logement).
/// </summary>
public static class RequetesAttributionFlux
{
    public static async Task<List<LigneFluxAgregee>> AgregerAsync(
        PilotisDbContext db,
        IReadOnlyCollection<int> bailleurs,
        int annee,
        DateOnly jusquA,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var debut = new DateOnly(annee, 1, 1);
        var fin = new DateOnly(annee, 12, 31) < jusquA ? new DateOnly(annee, 12, 31) : jusquA;
        var lignes = await (
            from l in db.LogementsAAttribuer.AsNoTracking()
            join g in db.Logements on l.LogementId equals g.Id
            join c in db.Communes.Where(c => c.Type == TypeCommune.Actuelle) on g.CommuneCode equals c.Code into cs
            from c in cs.DefaultIfEmpty()
            // Un bail au plus par logement à attribuer (index unique) : la jointure ne duplique rien.
            join b in db.BauxSignes on (int?)l.Id equals b.LogementAAttribuerId into bs
            from b in bs.DefaultIfEmpty()
            where bailleurs.Contains(g.BailleurId) && l.DateDisponibilite >= debut && l.DateDisponibilite <= fin
            where l.Etape != EtapeAttribution.Retire
            group l by new
            {
                g.BailleurId,
                Departement = c != null ? c.DepartementCode : null,
                l.ReservataireId,
                l.Contingent,
                DansLeFlux = l.Exclusion == MotifExclusionFlux.Aucun
                    && l.ReservationNonConvertie == ReservationNonConvertie.Aucune,
                Oriente = l.Etape >= EtapeAttribution.Oriente,
                Attribue = b != null,
                g.Typologie,
                g.Financement,
                g.EnQpv,
                g.CommuneCode,
                Epci = c != null ? c.EpciSiren : null,
                l.DateDisponibilite.Month,
            } into x
            select new { x.Key, Nombre = x.Count() }
        ).ToListAsync(ct);
        return lignes
            .Select(x => new LigneFluxAgregee(
                x.Key.BailleurId,
                x.Key.Departement,
                x.Key.ReservataireId,
                x.Key.Contingent,
                x.Key.DansLeFlux,
                x.Key.Oriente,
                x.Key.Attribue,
                x.Key.Typologie,
                x.Key.Financement,
                x.Key.EnQpv,
                x.Key.CommuneCode,
                x.Key.Epci,
                x.Key.Month,
                x.Nombre
            ))
            .ToList();
    }
}
