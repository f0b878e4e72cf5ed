namespace Pilotis.Data.Information;

/// <summary>
/// Solutions 6 et 7 : élus formés depuis le début du mandat et satisfaction, habitants rencontrés et opérations
/// concertées avant le permis, calculés par <see cref="RequetesInformation.IndicateursFeuilleDeRouteAsync"/>
/// (ADR 0026).
/// </summary>
public sealed class SourceIndicateursFormationConcertation(PilotisDbContext db) : ISourceIndicateurs
{
    public Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        int annee,
        string departementCode,
        CancellationToken ct
    ) => RequetesInformation.IndicateursFeuilleDeRouteAsync(db, annee, departementCode, ct);
}
