namespace Pilotis.Data.Information;

/// <summary>
/// Solutions 8 et 9 : communes qui publient leur page et visites par mois, exhaustivité de l'annuaire et fiches à
/// jour, calculés par <see cref="RequetesInformationPublique.IndicateursFeuilleDeRouteAsync"/> (ADR 0025).
/// </summary>
public sealed class SourceIndicateursAnnuairePagesCommunes(PilotisDbContext db) : ISourceIndicateurs
{
    public Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        int annee,
        string departementCode,
        CancellationToken ct
    ) => RequetesInformationPublique.IndicateursFeuilleDeRouteAsync(db, annee, departementCode, ct);
}
