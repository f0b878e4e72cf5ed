using Pilotis.Data.Information;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Le tableau de la feuille de route d'un département : les indicateurs des 11 solutions sur l'année choisie et les
/// deux précédentes (tendance), la cible de l'année et l'avancement. Sert au tableau de bord, à son export XLSX et au
/// rapport au CDHH.
/// </summary>
public sealed record TableauFeuilleDeRoute(
    int Annee,
    IReadOnlyList<int> Annees,
    IReadOnlyList<LigneFeuilleDeRoute> Lignes
)
{
    public const int AnneesTendance = 3;

    public static async Task<TableauFeuilleDeRoute> ChargerAsync(
        CalculFeuilleDeRoute calcul,
        int annee,
        string dep,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(calcul);
        var annees = Enumerable.Range(annee - AnneesTendance + 1, AnneesTendance).ToList();
        var parAnnee = new List<IReadOnlyDictionary<string, decimal?>>();
        foreach (var a in annees)
            parAnnee.Add(await calcul.ValeursAsync(a, dep, ct));
        var cibles = await calcul.CiblesAsync(annee, dep, ct);
        var lignes = FeuilleDeRoute
            .Solutions.SelectMany(s =>
                s.Indicateurs.Select(i =>
                {
                    var valeurs = parAnnee.Select(v => v.GetValueOrDefault(i.Code)).ToList();
                    decimal? cible = cibles.TryGetValue(i.Code, out var c) ? c : null;
                    return new LigneFeuilleDeRoute(s, i, valeurs, cible, ProgressionCible.Calculer(valeurs[^1], cible));
                })
            )
            .ToList();
        return new(annee, annees, lignes);
    }

    /// <summary>En-têtes de l'export : solution, indicateur, une colonne par année, cible, avancement.</summary>
    public IReadOnlyList<string> Entetes =>
        [
            "Solution",
            "Axe",
            "Code",
            "Indicateur",
            "Unité",
            .. Annees.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            $"Cible {Annee}",
            "Avancement (%)",
        ];

    public IEnumerable<IReadOnlyList<object?>> LignesExport() =>
        Lignes.Select(l =>
            (IReadOnlyList<object?>)
                [
                    $"{l.Solution.Numero}. {l.Solution.Intitule}",
                    l.Solution.Axe,
                    l.Indicateur.Code,
                    l.Indicateur.Libelle,
                    l.Indicateur.Unite,
                    .. l.Valeurs.Cast<object?>(),
                    l.Cible,
                    l.Progression?.Pourcentage,
                ]
        );

    /// <summary>Une valeur à l'écran : « — » quand le module ne tient rien.</summary>
    public static string Afficher(decimal? valeur) => valeur is { } v ? Affichage.Chiffre(v, 1) : "—";
}
