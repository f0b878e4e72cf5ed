using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Financement;

/// <summary>
/// Résout le nom d'un périmètre tel que la source l'écrit (« France », « Occitanie », « Gard »,
/// « CA de Nîmes Métropole », « Nîmes ») dans le référentiel territorial en base, nom plié (casse et accents).
/// </summary>
public sealed class TerritoiresAides
{
    private readonly Dictionary<string, PorteeAide> _noms = new(StringComparer.Ordinal);

    /// <summary>Région de chaque département (pour le filtre du contrat public).</summary>
    public IReadOnlyDictionary<string, string> RegionDuDepartement { get; private init; } =
        new Dictionary<string, string>();

    public static async Task<TerritoiresAides> ChargerAsync(PilotisDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Code, r.Nom }).ToListAsync(ct);
        var departements = await db
            .Departements.AsNoTracking()
            .Select(d => new
            {
                d.Code,
                d.Nom,
                d.RegionCode,
            })
            .ToListAsync(ct);
        var epcis = await db.Epcis.AsNoTracking().Select(e => new { e.Siren, e.Nom }).ToListAsync(ct);
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle)
            .Select(c => new
            {
                c.Code,
                c.Nom,
                c.DepartementCode,
                c.RegionCode,
                c.EpciSiren,
            })
            .ToListAsync(ct);
        var t = new TerritoiresAides
        {
            RegionDuDepartement = departements.ToDictionary(d => d.Code, d => d.RegionCode, StringComparer.Ordinal),
        };
        var departementsEpci = communes
            .Where(c => c.EpciSiren != null)
            .GroupBy(c => c.EpciSiren!)
            .ToDictionary(g => g.Key, g => g.Select(c => c.DepartementCode).ToHashSet(StringComparer.Ordinal));
        // Du plus fin au plus large : un nom porté par une commune et un département (« Paris ») garde le plus large.
        foreach (var c in communes)
            t.Ajouter(c.Nom, p => Avec(p, communes: [c.Code], departements: [c.DepartementCode]));
        foreach (var e in epcis)
            t.Ajouter(e.Nom, p => Avec(p, epcis: [e.Siren], departements: departementsEpci.GetValueOrDefault(e.Siren)));
        foreach (var d in departements)
            t.Remplacer(d.Nom, Avec(PorteeAide.Inconnue, departements: [d.Code]));
        foreach (var r in regions)
            t.Remplacer(r.Nom, Avec(PorteeAide.Inconnue, regions: [r.Code]));
        t.Remplacer("France", PorteeAide.Inconnue with { National = true });
        return t;
    }

    public PorteeAide Resoudre(string? perimetre) =>
        perimetre is null ? PorteeAide.Inconnue : _noms.GetValueOrDefault(Cle(perimetre), PorteeAide.Inconnue);

    public static string Cle(string nom) =>
        string.Join(' ', AnalyseurFrancais.Plier(nom).Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries));

    private void Ajouter(string nom, Func<PorteeAide, PorteeAide> completer) =>
        _noms[Cle(nom)] = completer(_noms.GetValueOrDefault(Cle(nom), PorteeAide.Inconnue));

    private void Remplacer(string nom, PorteeAide portee) => _noms[Cle(nom)] = portee;

    private static PorteeAide Avec(
        PorteeAide p,
        IEnumerable<string>? regions = null,
        IEnumerable<string>? departements = null,
        IEnumerable<string>? epcis = null,
        IEnumerable<string>? communes = null
    ) =>
        p with
        {
            Regions = p.Regions.Union(regions ?? []).ToHashSet(StringComparer.Ordinal),
            Departements = p.Departements.Union(departements ?? []).ToHashSet(StringComparer.Ordinal),
            Epcis = p.Epcis.Union(epcis ?? []).ToHashSet(StringComparer.Ordinal),
            Communes = p.Communes.Union(communes ?? []).ToHashSet(StringComparer.Ordinal),
        };
}
