using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

/// <summary>
/// Les noms du référentiel territorial que les listes affichent (EPCI, communes d'un département), servis par
/// <see cref="CacheReferentiel"/> : lus une fois par processus, relus après une écriture du référentiel.
/// </summary>
public static class ReferentielNoms
{
    /// <summary>Nom de chaque EPCI par SIREN.</summary>
    public static Task<IReadOnlyDictionary<string, string>> EpcisAsync(PilotisDbContext db) =>
        CacheReferentiel.LireAsync<IReadOnlyDictionary<string, string>>(db, "noms-epci", async d =>
            await d.Epcis.AsNoTracking().ToDictionaryAsync(e => e.Siren, e => e.Nom, StringComparer.Ordinal)
        );

    /// <summary>Les communes actuelles d'un département (code, nom), dans l'ordre du référentiel.</summary>
    public static Task<IReadOnlyList<(string Code, string Nom)>> CommunesDepartementAsync(
        PilotisDbContext db,
        string departementCode
    ) =>
        CacheReferentiel.LireAsync<IReadOnlyList<(string Code, string Nom)>>(
            db,
            "communes-departement:" + departementCode,
            async d =>
                (
                    await d
                        .Communes.AsNoTracking()
                        .Where(c => c.DepartementCode == departementCode && c.Type == TypeCommune.Actuelle)
                        .Select(c => new { c.Code, c.Nom })
                        .ToListAsync()
                )
                    .Select(c => (c.Code, c.Nom))
                    .ToArray()
        );

    /// <summary>
    /// Les EPCI qui ont au moins une commune dans le département (SIREN, nom), triés par nom : les choix des filtres
    /// des tableaux de bord, calculés une fois au lieu de parcourir les ≈ 35 000 communes à chaque affichage.
    /// </summary>
    public static Task<IReadOnlyList<(string Siren, string Nom)>> EpcisDepartementAsync(
        PilotisDbContext db,
        string departementCode
    ) =>
        CacheReferentiel.LireAsync<IReadOnlyList<(string Siren, string Nom)>>(
            db,
            "epcis-departement:" + departementCode,
            async d =>
                (
                    await d
                        .Communes.AsNoTracking()
                        .Where(c => c.DepartementCode == departementCode && c.CodeParent == null)
                        .Where(c => c.EpciSiren != null)
                        .Select(c => c.EpciSiren!)
                        .Distinct()
                        .Join(d.Epcis, s => s, e => e.Siren, (s, e) => new { e.Siren, e.Nom })
                        .ToListAsync()
                )
                    .OrderBy(e => e.Nom, StringComparer.Ordinal)
                    .Select(e => (e.Siren, e.Nom))
                    .ToArray()
        );
}
