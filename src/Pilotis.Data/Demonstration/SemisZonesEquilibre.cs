using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Zonages indicatifs des communes du Gard pour l'équilibre d'opération de démonstration : Nîmes en zone 2 / B1, les
/// autres communes de Nîmes Métropole en zone 2 / B2, Alès et les communes de plus de 10 000 habitants en zone 3 /
/// B2, les autres en zone 3 / C. N'écrit rien pour une commune qui a déjà un zonage (un import réel prime).
/// </summary>
public sealed class SemisZonesEquilibre(PilotisDbContext db)
{
    private const string NimesMetropole = "243000643";
    private const string Nimes = "30189";
    private const string Source =
        "Démonstration : zonage indicatif à confirmer (zonage 1/2/3 : arrêté du 17 mars 1978 ; ABC : arrêté du 1er "
        + "août 2014 modifié)";
    private static readonly DateOnly Depuis = new(2020, 1, 1);

    public async Task<int> ExecuterAsync(string departement, CancellationToken ct = default)
    {
        var deja = (
            await db
                .AttributsCommunes.Where(a =>
                    (a.Nature == NatureAttribut.Zone123 || a.Nature == NatureAttribut.ZoneAbc)
                    && a.CommuneCode.StartsWith(departement)
                )
                .Select(a => a.CommuneCode)
                .Distinct()
                .ToListAsync(ct)
        ).ToHashSet();
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.DepartementCode == departement && c.Type == TypeCommune.Actuelle)
            .Select(c => new
            {
                c.Code,
                c.EpciSiren,
                c.Population,
            })
            .ToListAsync(ct);
        var nouveaux = 0;
        foreach (var c in communes.Where(c => !deja.Contains(c.Code)))
        {
            var (z123, abc) =
                c.Code == Nimes ? ("2", "B1")
                : c.EpciSiren == NimesMetropole ? ("2", "B2")
                : c.Population >= 10_000 ? ("3", "B2")
                : ("3", "C");
            db.AttributsCommunes.Add(Attribut(c.Code, NatureAttribut.Zone123, z123));
            db.AttributsCommunes.Add(Attribut(c.Code, NatureAttribut.ZoneAbc, abc));
            nouveaux++;
        }
        if (nouveaux > 0)
            await db.SaveChangesAsync(ct);
        return nouveaux;
    }

    private static AttributCommune Attribut(string commune, NatureAttribut nature, string valeur) =>
        new()
        {
            CommuneCode = commune,
            Nature = nature,
            Valeur = valeur,
            ValideDepuis = Depuis,
            Source = Source,
        };
}
