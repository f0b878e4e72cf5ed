using Microsoft.EntityFrameworkCore;
using Pilotis.Data;

namespace Pilotis.Web.Features.Foncier;

/// <summary>Les noms des communes et EPCI d'une page du foncier, lus en une requête chacun.</summary>
public sealed record NomsTerritoire(Dictionary<string, string> Communes, Dictionary<string, string> Epcis)
{
    public static async Task<NomsTerritoire> LireAsync(
        PilotisDbContext db,
        IEnumerable<string> communes,
        IEnumerable<string?> epcis,
        CancellationToken ct
    )
    {
        var c = communes.Distinct().ToList();
        var e = epcis.OfType<string>().Distinct().ToList();
        return new(
            await db
                .Communes.AsNoTracking()
                .Where(x => x.Type == Pilotis.Domain.Territoire.TypeCommune.Actuelle && c.Contains(x.Code))
                .ToDictionaryAsync(x => x.Code, x => x.Nom, ct),
            await db
                .Epcis.AsNoTracking()
                .Where(x => e.Contains(x.Siren))
                .ToDictionaryAsync(x => x.Siren, x => x.Nom, ct)
        );
    }

    public string Commune(string code) => Communes.TryGetValue(code, out var n) ? $"{n} ({code})" : code;

    public string Epci(string? siren) => siren is null ? "—" : Epcis.GetValueOrDefault(siren, siren);
}
