using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Information;
using Pilotis.Domain.Information;

namespace Pilotis.Data.Financement;

/// <summary>
/// Solutions 2 et 3 (aides-territoires) : aides locales ouvertes dans l'année et leurs financeurs, recherches
/// d'aides par mois et retours « utile ». Le catalogue et le journal des recherches sont ceux de la plateforme, sans
/// département : les mêmes chiffres pour chaque département (ADR 0027).
/// </summary>
public sealed class SourceIndicateursAides(PilotisDbContext db, TimeProvider horloge) : ISourceIndicateurs
{
    public async Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        int annee,
        string departementCode,
        CancellationToken ct
    )
    {
        await JournalRecherchesAides.ViderAsync(db, ct);
        var debut = new DateOnly(annee, 1, 1);
        var fin = new DateOnly(annee, 12, 31);
        var financeurs = await RequetesFinancement.ParFinanceurAsync(
            RequetesFinancement.Ouvertes(db.Aides.Where(a => a.Locale), debut, fin),
            ct
        );
        var locales = await RequetesFinancement.Ouvertes(db.Aides.Where(a => a.Locale), debut, fin).CountAsync(ct);
        var recherches = (await RequetesFinancement.RecherchesParMoisAsync(db, annee, ct)).Sum(r => r.Recherches);
        var utile = await db.AvisAides.Where(a => a.Jour >= debut && a.Jour <= fin).SumAsync(a => (int?)a.Utile, ct);
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        return new Dictionary<string, decimal?>
        {
            ["S2-AIDES-LOCALES"] = locales == 0 ? null : locales,
            ["S2-FINANCEURS-LOCAUX"] = locales == 0 ? null : financeurs.Count,
            ["S3-RECHERCHES-MOIS"] = recherches == 0 ? null : MoyenneMensuelle.Calculer(recherches, annee, aujourdhui),
            ["S3-AVIS-UTILE"] = recherches == 0 && utile is null ? null : utile ?? 0,
        };
    }
}
