using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande.Cotation;

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
            .Select(g => new { g.EpciSiren, g.PublieeLe, g.Version })
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
}
