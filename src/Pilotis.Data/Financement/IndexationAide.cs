using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement;

/// <summary>Calcule les racines de recherche d'une aide (ADR 0022), à chaque écriture (import ou saisie).</summary>
public static class IndexationAide
{
    public static void Calculer(Aide aide) =>
        Calculer(aide, NettoyageHtml.Texte(aide?.Description), NettoyageHtml.Texte(aide?.Eligibilite));

    /// <summary>Les racines de l'aide, le texte de sa description et de ses conditions d'éligibilité étant déjà lu
    /// (import : <see cref="NettoyageHtml.NettoyerAvecTexte"/>).</summary>
    public static void Calculer(Aide aide, string texteDescription, string texteEligibilite)
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
                    texteDescription,
                    texteEligibilite,
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
