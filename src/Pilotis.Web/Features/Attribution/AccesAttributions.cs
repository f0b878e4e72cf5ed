using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Qui voit et qui saisit quoi dans l'attribution, tiré de la table des habilitations (Ressource.Attributions).
/// Les objectifs de CCH L441-1 se comptent par EPCI : une commune, dont le périmètre est sa seule commune, voit
/// l'EPCI dont elle est membre (elle y siège en CIL) ; les autres acteurs, les EPCI de leur portée.
/// </summary>
public static class AccesAttributions
{
    /// <summary>Les EPCI que l'acteur peut consulter, par nom.</summary>
    public static async Task<List<(string Siren, string Nom)>> EpcisVisiblesAsync(
        PilotisDbContext db,
        Acteur? acteur,
        CancellationToken ct
    )
    {
        if (acteur is null)
            return [];
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.Attributions, Acte.Lire);
        var communes = db.Communes.AsNoTracking().Where(c => c.Type == TypeCommune.Actuelle && c.EpciSiren != null);
        (NiveauPerimetre Niveau, string Code)? zone = portee switch
        {
            Portee.Region => (NiveauPerimetre.Region, acteur.RegionCode),
            Portee.Departement => (NiveauPerimetre.Departement, acteur.DepartementCode),
            Portee.Perimetre => (acteur.Perimetre.Niveau, acteur.Perimetre.Code),
            _ => null,
        };
        if (zone is not var (niveau, code))
            return [];
        communes = niveau switch
        {
            NiveauPerimetre.Region => communes.Where(c => c.RegionCode == code),
            NiveauPerimetre.Departement => communes.Where(c => c.DepartementCode == code),
            NiveauPerimetre.Epci => communes.Where(c => c.EpciSiren == code),
            NiveauPerimetre.Commune => communes.Where(c => c.Code == code),
            _ => communes,
        };
        var sirens = communes.Select(c => c.EpciSiren!).Distinct();
        var epcis = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .Select(e => new { e.Siren, e.Nom })
            .ToListAsync(ct);
        return epcis.Select(e => (e.Siren, e.Nom)).OrderBy(e => e.Nom, Francais.Ordre).ToList();
    }

    /// <summary>
    /// La cible d'une saisie sur un EPCI (objectif de la CIA, étapes, points d'accueil, réunions de CIL) : son
    /// territoire, rattaché au département et à la région où il a le plus de communes.
    /// </summary>
    public static async Task<Cible> CibleEpciAsync(PilotisDbContext db, string siren, CancellationToken ct)
    {
        var rattachement = await db
            .Communes.AsNoTracking()
            .Where(c => c.EpciSiren == siren && c.Type == TypeCommune.Actuelle)
            .GroupBy(c => new { c.DepartementCode, c.RegionCode })
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefaultAsync(ct);
        return new Cible(null, new Localisation(null, siren, rattachement?.DepartementCode, rattachement?.RegionCode));
    }

    public static async Task<bool> PeutModifierEpciAsync(
        PilotisDbContext db,
        Acteur? acteur,
        string siren,
        CancellationToken ct
    ) =>
        acteur is not null
        && Habilitations.PorteeAccordee(acteur, Ressource.Attributions, Acte.Modifier) != Portee.Aucune
        && Habilitations.Autorise(acteur, Ressource.Attributions, Acte.Modifier, await CibleEpciAsync(db, siren, ct));

    /// <summary>Une commune (ses besoins pour la CIL) : la commune elle-même, son EPCI, la DDTM.</summary>
    public static Cible CibleCommune(Commune commune) =>
        new(null, new Localisation(commune.Code, commune.EpciSiren, commune.DepartementCode, commune.RegionCode));
}
