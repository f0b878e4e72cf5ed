using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Information;

namespace Pilotis.Data.Foncier;

/// <summary>
/// Solutions 4 et 5 (foncier) : outils fonciers en vigueur dans l'année et communes qui en ont au moins un ;
/// logements potentiels identifiés et logements en opération ou construits sur du foncier identifié, calculés par
/// l'observatoire (<c>RequetesFoncier.IndicateursAsync</c>)
/// sur les sites du département.
/// </summary>
public sealed class SourceIndicateursFoncier(PilotisDbContext db) : ISourceIndicateurs
{
    public async Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        int annee,
        string departementCode,
        CancellationToken ct
    )
    {
        var debut = new DateOnly(annee, 1, 1);
        var fin = new DateOnly(annee, 12, 31);
        var outils = await db
            .OutilsFonciers.AsNoTracking()
            .Where(o => o.DepartementCode == departementCode)
            .Where(o => (o.DateDebut == null || o.DateDebut <= fin) && (o.DateFin == null || o.DateFin >= debut))
            .GroupBy(o => o.CommuneCode)
            .Select(g => g.Count())
            .ToListAsync(ct);
        var sites = await RequetesFoncier.IndicateursAsync(
            db,
            db.SitesFonciers.Where(s => s.DepartementCode == departementCode),
            debut,
            fin,
            ct
        );
        return new Dictionary<string, decimal?>
        {
            ["S4-OUTILS-FONCIERS"] = outils.Count == 0 ? null : outils.Sum(),
            ["S4-COMMUNES-OUTILLEES"] = outils.Count == 0 ? null : outils.Count,
            ["S5-LOGEMENTS-POTENTIELS"] = sites.Sites == 0 ? null : sites.LogementsPotentiels,
            ["S5-LOGEMENTS-REALISES"] =
                sites.Sites == 0 ? null : sites.LogementsEnOperation + sites.LogementsConstruits,
        };
    }
}
