namespace Pilotis.Web.Features.Information;

/// <summary>
/// Le modèle du tableau partagé (_TableauFeuilleDeRoute) : les lignes, le lien vers le détail d'un chiffre et le lien
/// « Fixer la cible » (null quand l'acteur ne peut pas ouvrir la page, ou dans la version imprimée).
/// </summary>
public sealed record VueTableauFeuilleDeRoute(
    TableauFeuilleDeRoute Tableau,
    Func<string, string?> Lien,
    Func<string, string?> LienCible
)
{
    /// <summary>La version imprimée : aucun lien.</summary>
    public static VueTableauFeuilleDeRoute SansLien(TableauFeuilleDeRoute tableau) =>
        new(tableau, _ => null, _ => null);
}
