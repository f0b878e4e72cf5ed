using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Production;

/// <summary>Numéros d'opération locaux « DD-AAAA-NNNN » (département, année de création, rang), uniques.</summary>
public static class NumerotationOperations
{
    public static string Prefixe(string departementCode, int annee) =>
        string.Create(CultureInfo.InvariantCulture, $"{departementCode}-{annee}-");

    /// <summary>
    /// Le prochain numéro libre pour ce département et cette année (le plus grand rang existant + 1).
    /// </summary>
    public static async Task<string> SuivantAsync(
        PilotisDbContext db,
        string departementCode,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var prefixe = Prefixe(departementCode, annee);
        var existants = await db
            .Operations.AsNoTracking()
            .Where(o => o.Numero.StartsWith(prefixe))
            .Select(o => o.Numero)
            .ToListAsync(ct);
        var rang = existants
            .Select(n =>
                int.TryParse(n.AsSpan(prefixe.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                    ? r
                    : 0
            )
            .DefaultIfEmpty(0)
            .Max();
        return prefixe + (rang + 1).ToString("0000", CultureInfo.InvariantCulture);
    }
}
