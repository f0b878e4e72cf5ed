using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Information;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Solutions 10 et 11 (attributions) : participation des communes membres aux réunions de CIL de l'année
/// (<see cref="RequetesAttributionReforme.ParticipationAsync"/>, EPCI qui ont réuni leur CIL) et communes qui ont
/// exprimé leurs besoins ; GIR créés dans l'année et part des séances de CALEOL closes où le maire (ou son
/// représentant) était présent, sur les commissions du département et de ses EPCI.
/// </summary>
public sealed class SourceIndicateursAttribution(PilotisDbContext db) : ISourceIndicateurs
{
    public async Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        int annee,
        string departementCode,
        CancellationToken ct
    )
    {
        var epcis = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle && c.DepartementCode == departementCode && c.EpciSiren != null)
            .Select(c => c.EpciSiren!)
            .Distinct()
            .ToListAsync(ct);
        var debut = new DateOnly(annee, 1, 1);
        var fin = debut.AddYears(1);
        var reunies = await db
            .ReunionsCil.AsNoTracking()
            .Where(r => epcis.Contains(r.EpciSiren) && r.Date >= debut && r.Date < fin)
            .Select(r => r.EpciSiren)
            .Distinct()
            .ToListAsync(ct);
        var participation = (await RequetesAttributionReforme.ParticipationAsync(db, reunies, annee, ct)).Values;
        var membres = participation.Sum(p => p.CommunesMembres);
        var besoins = await db
            .BesoinsCil.AsNoTracking()
            .Where(b => b.Date >= debut && b.Date < fin)
            .Where(b => db.Communes.Any(c => c.Code == b.CommuneCode && c.DepartementCode == departementCode))
            .Select(b => b.CommuneCode)
            .Distinct()
            .CountAsync(ct);
        var (gir, seances, avecMaire) = await GirEtCaleolAsync(annee, departementCode, epcis, ct);
        return new Dictionary<string, decimal?>
        {
            ["S10-PARTICIPATION-CIL"] =
                membres == 0 ? null : Pourcentage(participation.Sum(p => p.CommunesRepresentees), membres),
            ["S10-COMMUNES-BESOINS"] = besoins == 0 ? null : besoins,
            ["S11-GIR-CREES"] = gir == 0 ? null : gir,
            ["S11-CALEOL-MAIRES"] = seances == 0 ? null : Pourcentage(avecMaire, seances),
        };
    }

    private static decimal Pourcentage(int n, int d) => Math.Round(100m * n / d, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// GIR créés dans l'année par les EPCI du département ; séances closes de l'année des commissions du département
    /// ou de ses EPCI, et celles où un membre en qualité de maire était présent. Les dates sont filtrées en mémoire
    /// (horodatages avec fuseau, comparés de la même façon sur les deux fournisseurs).
    /// </summary>
    private async Task<(int Gir, int Seances, int AvecMaire)> GirEtCaleolAsync(
        int annee,
        string dep,
        List<string> epcis,
        CancellationToken ct
    )
    {
        var gir = (
            await db
                .GroupesInterReservataires.AsNoTracking()
                .Where(g => epcis.Contains(g.EpciSiren))
                .Select(g => g.CreeLe)
                .ToListAsync(ct)
        ).Count(d => d.Year == annee);
        var seances = (
            await db
                .SeancesCaleol.AsNoTracking()
                .Where(s => s.Close)
                .Where(s =>
                    db.CommissionsCaleol.Any(c =>
                        c.Id == s.CommissionId && (c.TerritoireCode == dep || epcis.Contains(c.TerritoireCode))
                    )
                )
                .Select(s => new
                {
                    s.Date,
                    Maire = s.Presences.Any(p =>
                        db.MembresCaleol.Any(m => m.Id == p.MembreId && m.Qualite == QualiteMembreCaleol.Maire)
                    ),
                })
                .ToListAsync(ct)
        )
            .Where(s => s.Date.Year == annee)
            .ToList();
        return (gir, seances.Count, seances.Count(s => s.Maire));
    }
}
