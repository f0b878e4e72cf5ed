using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// L'avancement de la réforme des attributions de plusieurs EPCI : tableau départemental, ses exports et la page de
/// chaque EPCI. La cotation est lue dans le module de cotation (la grille publiée de l'EPCI et sa date).
/// </summary>
public static class RequetesAttributionReforme
{
    public static async Task<List<AvancementReforme>> AvancementAsync(
        PilotisDbContext db,
        IReadOnlyList<(string Siren, string Nom)> epcis,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(epcis);
        var sirens = epcis.Select(e => e.Siren).ToList();
        var etapes = (
            await db.EtapesReformeEpci.AsNoTracking().Where(e => sirens.Contains(e.EpciSiren)).ToListAsync(ct)
        ).ToLookup(e => e.EpciSiren);
        var grilles = await db
            .GrillesCotation.AsNoTracking()
            .Where(g => g.Statut == StatutGrille.Publiee && sirens.Contains(g.EpciSiren))
            .Select(g => new
            {
                g.EpciSiren,
                g.PublieeLe,
                g.Version,
            })
            .ToListAsync(ct);
        var points = (
            await db
                .PointsAccueil.AsNoTracking()
                .Where(p => sirens.Contains(p.EpciSiren))
                .OrderBy(p => p.Nom)
                .ToListAsync(ct)
        ).ToLookup(p => p.EpciSiren);
        var conventions = await ConventionsFluxReforme.ParEpciAsync(db, sirens, ct);
        return epcis
            .Select(e =>
            {
                var grille = grilles.FirstOrDefault(g => g.EpciSiren == e.Siren);
                return new AvancementReforme(
                    e.Siren,
                    e.Nom,
                    etapes[e.Siren].ToDictionary(x => x.Etape),
                    grille?.PublieeLe,
                    grille?.Version,
                    ConventionsFluxReforme.Texte(conventions, e.Siren),
                    points[e.Siren].ToList()
                );
            })
            .ToList();
    }

    /// <summary>
    /// La participation des élus en CIL de chaque EPCI pour l'année (<see cref="ParticipationCil.Calculer"/>) : ses
    /// communes membres actuelles et ses réunions de l'année.
    /// </summary>
    public static async Task<Dictionary<string, ParticipationCil>> ParticipationAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> epcis,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var sirens = epcis.ToList();
        var membres = (
            await db
                .Communes.AsNoTracking()
                .Where(c => c.Type == TypeCommune.Actuelle && c.EpciSiren != null && sirens.Contains(c.EpciSiren))
                .Select(c => new { c.EpciSiren, c.Code })
                .ToListAsync(ct)
        ).ToLookup(c => c.EpciSiren!, c => c.Code);
        var debut = new DateOnly(annee, 1, 1);
        var fin = debut.AddYears(1);
        var reunions = (
            await db
                .ReunionsCil.AsNoTracking()
                .Where(r => sirens.Contains(r.EpciSiren) && r.Date >= debut && r.Date < fin)
                .ToListAsync(ct)
        ).ToLookup(r => r.EpciSiren);
        return sirens.ToDictionary(
            s => s,
            s =>
                ParticipationCil.Calculer(
                    membres[s],
                    reunions[s].Select(r => (r.Date, (IEnumerable<string>)r.CommunesRepresentees)),
                    annee
                )
        );
    }
}
