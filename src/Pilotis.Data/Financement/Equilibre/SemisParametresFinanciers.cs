using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pilotis.Domain.Financement.Equilibre;

namespace Pilotis.Data.Financement.Equilibre;

/// <summary>
/// Sème les paramètres de l'équilibre d'opération (valeurs et sources du catalogue) : des paramètres réglementaires,
/// pas des données de démonstration, dont toute instance a besoin. N'ajoute que les codes encore absents.
/// </summary>
public static class SemisParametresFinanciers
{
    /// <summary>Au démarrage : sème ce qui manque (daté par l'horloge injectée) et le dit au journal.</summary>
    public static async Task SemerEtJournaliserAsync(
        PilotisDbContext db,
        IServiceProvider services,
        ILogger journal,
        CancellationToken ct
    )
    {
        var horloge = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var lignes = await SemerAsync(db, horloge.GetUtcNow(), ct);
        if (lignes > 0)
            journal.LogInformation("Paramètres financiers semés : {Lignes} lignes", lignes);
    }

    public static async Task<int> SemerAsync(PilotisDbContext db, DateTimeOffset maintenant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var presents = (await db.ParametresFinanciers.Select(p => p.Code).Distinct().ToListAsync(ct)).ToHashSet();
        var nouveaux = CatalogueParametresFinanciers
            .Definitions.Where(d => !presents.Contains(d.Code))
            .Select(d => new ParametreFinancier
            {
                Code = d.Code,
                Valeur = d.ValeurInitiale,
                ValideDepuis = d.ValideDepuis,
                Source = d.Source,
                AConfirmer = d.AConfirmer,
                ModifieLe = maintenant,
                ModifiePar = "Semis des paramètres",
            })
            .ToList();
        if (nouveaux.Count == 0)
            return 0;
        db.ParametresFinanciers.AddRange(nouveaux);
        await db.SaveChangesAsync(ct);
        return nouveaux.Count;
    }
}
