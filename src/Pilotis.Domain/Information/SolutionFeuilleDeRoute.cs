namespace Pilotis.Domain.Information;

/// <summary>
/// Une des 11 solutions locales de la feuille de route du Gard (seed 001, III) : son axe, son intitulé, son pilote,
/// son calendrier et ses indicateurs de réussite.
/// </summary>
public sealed record SolutionFeuilleDeRoute(
    int Numero,
    int NumeroAxe,
    string Axe,
    string Intitule,
    string Pilote,
    string Calendrier,
    IReadOnlyList<IndicateurFeuilleDeRoute> Indicateurs
);
