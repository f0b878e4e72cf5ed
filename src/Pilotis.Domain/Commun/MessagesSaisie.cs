namespace Pilotis.Domain.Commun;

/// <summary>
/// Les messages d'une saisie refusée, écrits une fois pour les formulaires, les filtres des pages et les imports.
/// Toute saisie citée passe par <see cref="Francais.Extrait"/> : un collage de 10 000 caractères ne revient pas
/// entier dans la page.
/// </summary>
public static class MessagesSaisie
{
    public static string PasUneAnnee(string? texte) => $"« {Francais.Extrait(texte)} » n'est pas une année.";

    public static string AnneeHorsBornes(int annee, int minimum, int maximum) =>
        $"L'année {annee} n'est pas prise en charge : indiquez une année entre {minimum} et {maximum}.";

    public static string PasUnEntier(string? texte) => $"« {Francais.Extrait(texte)} » n'est pas un nombre entier.";

    public static string PasUnNombre(string? texte) => $"« {Francais.Extrait(texte)} » n'est pas un nombre.";

    public static string PasUneDate(string? texte) => $"« {Francais.Extrait(texte)} » n'est pas une date (jj/mm/aaaa).";

    public static string PasUnChoix(string? texte) =>
        $"« {Francais.Extrait(texte)} » ne fait pas partie des choix proposés.";

    public static string DepartementInconnu(string? texte) =>
        $"Le département « {Francais.Extrait(texte)} » n'existe pas : le département par défaut est affiché.";

    /// <summary>« Le nom ne doit pas dépasser 200 caractères. » : un texte trop long est refusé, jamais coupé en
    /// silence.</summary>
    public static string TropLong(string libelle, int maximum) =>
        $"{libelle} ne doit pas dépasser {maximum} caractères.";
}
