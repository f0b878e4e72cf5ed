using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement;

/// <summary>Calcule les racines de recherche d'une aide (ADR 0022), à chaque écriture (import ou saisie).</summary>
public static class IndexationAide
{
    public static void Calculer(Aide aide)
    {
        ArgumentNullException.ThrowIfNull(aide);
        aide.RacinesNom = Joindre(aide.Nom);
        aide.RacinesCategories = Joindre(
            string.Join(' ', aide.Categories.Select(c => c.Replace('|', ' '))) + " " + aide.TitreCourt
        );
        aide.RacinesTexte = Joindre(
            string.Join(
                ' ',
                [
                    NettoyageHtml.Texte(aide.Description),
                    NettoyageHtml.Texte(aide.Eligibilite),
                    .. aide.Financeurs,
                    .. aide.Programmes,
                    .. aide.PublicsCibles,
                    .. aide.TypesAide,
                    .. aide.Destinations,
                ]
            )
        );
    }

    /// <summary>Les racines distinctes, triées (ordinal) : une forme stable, identique sur les deux moteurs.</summary>
    private static string Joindre(string? texte) =>
        string.Join(
            ' ',
            AnalyseurFrancais.Racines(texte).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
        );
}
