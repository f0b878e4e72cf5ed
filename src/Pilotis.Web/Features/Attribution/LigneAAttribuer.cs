using Pilotis.Data;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Une ligne des listes de logements à attribuer (liste, exports, groupe inter-réservataires).</summary>
public sealed record LigneAAttribuer(
    int Id,
    int LogementId,
    string IdentifiantRpls,
    string CommuneCode,
    string? Commune,
    string Bailleur,
    TypologieLogement Typologie,
    FinancementOrigine Financement,
    bool EnQpv,
    OrigineDisponibilite Origine,
    DateOnly? DateConge,
    DateOnly DateDisponibilite,
    MotifExclusionFlux Exclusion,
    EtapeAttribution Etape,
    string? Reservataire,
    Contingent? Contingent
)
{
    /// <summary>
    /// Les lignes des logements à attribuer donnés, parmi les logements donnés (la portée de l'acteur, ou un
    /// programme), avec bailleur, commune et réservataire, les plus récemment disponibles d'abord.
    /// </summary>
    public static IQueryable<LigneAAttribuer> Projeter(
        PilotisDbContext db,
        IQueryable<LogementAAttribuer> aAttribuer,
        IQueryable<Logement> logements
    ) =>
        from a in aAttribuer
        join l in logements on a.LogementId equals l.Id
        join b in db.Organisations on l.BailleurId equals b.Id
        join c in db.Communes.Where(c => c.Type == TypeCommune.Actuelle) on l.CommuneCode equals c.Code into cs
        from c in cs.DefaultIfEmpty()
        join r in db.Organisations on a.ReservataireId equals r.Id into rs
        from r in rs.DefaultIfEmpty()
        orderby a.DateDisponibilite descending, a.Id descending
        select new LigneAAttribuer(
            a.Id,
            l.Id,
            l.IdentifiantRpls,
            l.CommuneCode,
            c == null ? null : c.Nom,
            b.Nom,
            l.Typologie,
            l.Financement,
            l.EnQpv,
            a.Origine,
            a.DateConge,
            a.DateDisponibilite,
            a.Exclusion,
            a.Etape,
            r == null ? null : r.Nom,
            a.Contingent
        );
}
