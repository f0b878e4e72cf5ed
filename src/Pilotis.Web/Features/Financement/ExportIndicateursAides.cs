using Microsoft.AspNetCore.Mvc;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// Les tableaux des indicateurs du catalogue mis en lignes pour l'export (CSV « ; » avec BOM, XLSX) : mêmes colonnes
/// que la page, sans la limite d'affichage.
/// </summary>
public static class ExportIndicateursAides
{
    private static readonly Dictionary<string, (string Feuille, string[] Entetes)> Tableaux = new(
        StringComparer.Ordinal
    )
    {
        ["financeurs"] = ("Aides par financeur", ["Financeur", "Aides locales", "Aides nationales", "Total"]),
        ["portee"] = ("Locales et nationales", ["Portée", "Aides"]),
        ["mois"] = ("Recherches par mois", ["Mois", "Recherches", "Sans résultat"]),
        ["sans-resultat"] = ("Recherches sans résultat", ["Texte recherché", "Fois"]),
        ["operations"] = ("Aides rattachées", ["Aide", "Adresse", "Opérations", "Rattachements"]),
        ["avis"] = ("Aides jugées utiles", ["Aide", "Adresse", "Utile"]),
    };

    public static bool Connu(string? tableau) => tableau is not null && Tableaux.ContainsKey(tableau);

    public static IReadOnlyList<string> Entetes(string tableau) => Tableaux[tableau].Entetes;

    public static FileContentResult Exporter(IndicateursModel m, string tableau, string format)
    {
        ArgumentNullException.ThrowIfNull(m);
        var (feuille, entetes) = Tableaux[tableau];
        var lignes = Lignes(m, tableau);
        var nom = $"indicateurs-aides-{tableau}";
        return format == "csv"
            ? ExportTableau.Csv(nom, entetes, lignes)
            : ExportTableau.Xlsx(nom, feuille, entetes, lignes);
    }

    private static List<IReadOnlyList<object?>> Lignes(IndicateursModel m, string tableau) =>
        tableau switch
        {
            "financeurs" => m
                .ParFinanceur.Select(f => Ligne(f.Financeur, f.Locales, f.Nationales, f.Locales + f.Nationales))
                .ToList(),
            "portee" =>
            [
                Ligne("Locales", m.Totaux.Locales),
                Ligne("Nationales", m.Totaux.Nationales),
                Ligne("Total", m.Totaux.Locales + m.Totaux.Nationales),
            ],
            "mois" => m.ParMois.Select(x => Ligne(x.Mois, x.Recherches, x.SansResultat)).ToList(),
            "sans-resultat" => m.SansResultat.Select(x => Ligne(x.Texte, x.Fois)).ToList(),
            "operations" => m
                .Rattachees.Select(x => Ligne(x.Nom, $"/aides/{x.Slug}", x.Operations, x.Rattachements))
                .ToList(),
            _ => m.JugeesUtiles.Select(x => Ligne(x.Nom, $"/aides/{x.Slug}", x.Utile)).ToList(),
        };

    private static IReadOnlyList<object?> Ligne(params object?[] valeurs) => valeurs;
}
