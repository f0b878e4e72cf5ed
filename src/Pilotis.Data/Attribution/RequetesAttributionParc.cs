using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Requêtes du parc partagées par la liste, ses exports et la fiche d'un logement : les logements qu'un acteur peut
/// lire, filtre de requête équivalent ligne à ligne à <see cref="Habilitations.Autorise"/> sur la cible d'un logement
/// (son bailleur et le lieu de sa commune), et cette cible.
/// </summary>
public static class RequetesAttributionParc
{
    public static IQueryable<Logement> Visibles(PilotisDbContext db, Acteur acteur, Acte acte = Acte.Lire)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(acteur);
        var id = acteur.OrganisationId;
        var code = acteur.Perimetre.Code;
        var communes = db.Communes.Where(c => c.Type == TypeCommune.Actuelle);
        var logements = db.Logements.AsNoTracking();
        return Habilitations.PorteeAccordee(acteur, Ressource.Logements, acte) switch
        {
            Portee.Organisation => logements.Where(l => l.BailleurId == id),
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => logements,
                NiveauPerimetre.Commune => logements.Where(l => l.BailleurId == id || l.CommuneCode == code),
                _ => DansCommunes(logements, communes.Where(Dans(acteur.Perimetre)), id),
            },
            Portee.Departement => DansCommunes(
                logements,
                communes.Where(c => c.DepartementCode == acteur.DepartementCode),
                id
            ),
            Portee.Region => DansCommunes(logements, communes.Where(c => c.RegionCode == acteur.RegionCode), id),
            _ => logements.Where(l => false),
        };
    }

    private static IQueryable<Logement> DansCommunes(
        IQueryable<Logement> logements,
        IQueryable<Commune> communes,
        int id
    )
    {
        var codes = communes.Select(c => c.Code);
        return logements.Where(l => l.BailleurId == id || codes.Contains(l.CommuneCode));
    }

    private static System.Linq.Expressions.Expression<Func<Commune, bool>> Dans(Perimetre perimetre)
    {
        var code = perimetre.Code;
        return perimetre.Niveau switch
        {
            NiveauPerimetre.Epci => c => c.EpciSiren == code,
            NiveauPerimetre.Departement => c => c.DepartementCode == code,
            NiveauPerimetre.Region => c => c.RegionCode == code,
            _ => c => c.Code == code,
        };
    }

    /// <summary>La cible d'un logement pour <see cref="Habilitations.Autorise"/> : bailleur et commune.</summary>
    public static async Task<Cible> CibleAsync(PilotisDbContext db, Logement logement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logement);
        var commune = await db
            .Communes.AsNoTracking()
            .Where(c => c.Code == logement.CommuneCode && c.Type == TypeCommune.Actuelle)
            .Select(c => new Localisation(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode))
            .FirstOrDefaultAsync(ct);
        return new Cible(logement.BailleurId, commune ?? new Localisation(logement.CommuneCode, null, null, null));
    }
}
