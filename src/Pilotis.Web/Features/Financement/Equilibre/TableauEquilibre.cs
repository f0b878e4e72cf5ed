using Pilotis.Domain.Financement.Equilibre;

namespace Pilotis.Web.Features.Financement.Equilibre;

/// <summary>
/// La mise en lignes des résultats (export CSV/XLSX du détail annuel) partagée par l'équilibre d'une opération et
/// celui d'une opération type ; les montants viennent du domaine, rien n'est recalculé ici.
/// </summary>
public static class TableauEquilibre
{
    public static readonly IReadOnlyList<string> EntetesAnnees =
    [
        "Scénario",
        "Année",
        "Loyers",
        "Vacance",
        "RLS",
        "Gestion",
        "Entretien",
        "Taxe foncière",
        "Annuités",
        "Flux de trésorerie",
        "Flux cumulé",
    ];

    public static IEnumerable<IReadOnlyList<object?>> LignesAnnees(IEnumerable<ResultatEquilibre> resultats) =>
        resultats.SelectMany(r =>
            r.Annees.Select(a =>
                (IReadOnlyList<object?>)
                    [
                        r.Scenario.Libelle,
                        a.Annee,
                        a.Loyers,
                        a.Vacance,
                        a.Rls,
                        a.Gestion,
                        a.Entretien,
                        a.TaxeFonciere,
                        a.Annuites,
                        a.Flux,
                        a.FluxCumule,
                    ]
            )
        );

    /// <summary>Le scénario demandé par son code, la loi actuelle sinon.</summary>
    public static ResultatEquilibre Choisi(IReadOnlyList<ResultatEquilibre> resultats, string? code) =>
        resultats.FirstOrDefault(r => r.Scenario.Code == code) ?? resultats[0];
}
