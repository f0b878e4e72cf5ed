using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

/// <summary>
/// Les communes qu'un import peut viser : une commune actuelle du référentiel, dans le périmètre de l'acteur. Règle
/// commune aux imports par commune (inventaire SRU, attributs des communes), avec les mêmes messages.
/// </summary>
public sealed class CommunesImportables(HashSet<string> actuelles, Func<string, bool>? autorisee)
{
    /// <param name="autorisee">Restreint les communes importables (périmètre de l'acteur) ; null : toutes.</param>
    public static async Task<CommunesImportables> ChargerAsync(
        PilotisDbContext db,
        Func<string, bool>? autorisee,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle)
            .Select(c => c.Code)
            .ToListAsync(ct);
        return new CommunesImportables(codes.ToHashSet(), autorisee);
    }

    /// <summary>
    /// Le motif du refus d'une commune pour la colonne <paramref name="colonne"/> ; null quand elle est admise.
    /// </summary>
    public string? Refus(string? code, string colonne)
    {
        if (code is null || !actuelles.Contains(code))
            return $"{colonne} : « {Francais.Extrait(code)} » n'est pas une commune actuelle du référentiel.";
        if (autorisee is not null && !autorisee(code))
            return $"{colonne} : la commune {code} est hors de votre périmètre.";
        return null;
    }
}
