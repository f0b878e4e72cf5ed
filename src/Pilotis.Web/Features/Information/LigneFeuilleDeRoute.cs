using Pilotis.Domain.Information;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Un indicateur du tableau de bord : ses valeurs des années affichées (la plus ancienne d'abord, la dernière est
/// l'année choisie), la cible de l'année et l'avancement.
/// </summary>
public sealed record LigneFeuilleDeRoute(
    SolutionFeuilleDeRoute Solution,
    IndicateurFeuilleDeRoute Indicateur,
    IReadOnlyList<decimal?> Valeurs,
    decimal? Cible,
    ProgressionCible? Progression
)
{
    public decimal? Valeur => Valeurs[^1];
}
