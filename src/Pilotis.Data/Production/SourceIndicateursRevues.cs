using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Information;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production;

/// <summary>
/// Solution 1 (revues de projets) : opérations examinées en revue dans l'année et celles qui aboutissent (agrément,
/// ouverture du chantier ou livraison dans l'année), calculées comme le rapport au CDHH (<see cref="RapportCdhh"/>).
/// </summary>
public sealed class SourceIndicateursRevues(PilotisDbContext db) : ISourceIndicateurs
{
    public async Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        int annee,
        string departementCode,
        CancellationToken ct
    )
    {
        var revues = await db.RevuesProjets.CountAsync(
            r => r.DepartementCode == departementCode && r.Annee == annee,
            ct
        );
        var lignes = await RequetesProduction.DifficultesVivantesAsync(db, departementCode, annee, ct);
        var rapport = RapportCdhh.Calculer(
            annee,
            revues,
            lignes.Select(l => l.PourRapport()).ToList(),
            lignes.DistinctBy(l => l.OperationId).Select(l => l.OperationSuivie()).ToList()
        );
        // Rien pour l'année : ni revue tenue ou prévue, ni opération examinée.
        var rien = revues == 0 && rapport.OperationsExaminees == 0;
        return new Dictionary<string, decimal?>
        {
            ["S1-OPERATIONS-EXAMINEES"] = rien ? null : rapport.OperationsExaminees,
            ["S1-OPERATIONS-REUSSIES"] = rien ? null : rapport.Reussissent,
        };
    }
}
