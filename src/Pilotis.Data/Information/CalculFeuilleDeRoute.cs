using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Information;

namespace Pilotis.Data.Information;

/// <summary>
/// Les valeurs des indicateurs de la feuille de route pour une année et un département : chaque module enregistré
/// (<see cref="ISourceIndicateurs"/>) donne les siennes ; un code qu'aucune source ne fournit vaut null (module pas
/// encore branché). Les sources passent l'une après l'autre (un seul contexte de base par requête).
/// </summary>
public sealed class CalculFeuilleDeRoute(IEnumerable<ISourceIndicateurs> sources, PilotisDbContext db)
{
    public async Task<IReadOnlyDictionary<string, decimal?>> ValeursAsync(
        int annee,
        string departementCode,
        CancellationToken ct = default
    )
    {
        var valeurs = FeuilleDeRoute.Indicateurs.Keys.ToDictionary(c => c, _ => (decimal?)null, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var (code, valeur) in await source.IndicateursFeuilleDeRouteAsync(annee, departementCode, ct))
            {
                if (valeurs.ContainsKey(code))
                    valeurs[code] = valeur;
            }
        }
        return valeurs;
    }

    /// <summary>Les cibles fixées par la DDTM pour l'année, par code d'indicateur.</summary>
    public async Task<IReadOnlyDictionary<string, decimal>> CiblesAsync(
        int annee,
        string departementCode,
        CancellationToken ct = default
    ) =>
        await db
            .ObjectifsFeuilleDeRoute.AsNoTracking()
            .Where(o => o.DepartementCode == departementCode && o.Annee == annee)
            .ToDictionaryAsync(o => o.CodeIndicateur, o => o.Cible, StringComparer.Ordinal, ct);
}
