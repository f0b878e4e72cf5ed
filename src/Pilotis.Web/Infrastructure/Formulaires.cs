using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Pilotis.Web.Infrastructure;

/// <summary>Petites aides de gabarit pour les formulaires DSFR.</summary>
public static class Formulaires
{
    public static bool EnErreur(this ModelStateDictionary etat, string cle) =>
        etat.TryGetValue(cle, out var entree) && entree.Errors.Count > 0;

    /// <summary>
    /// « fr-input-group fr-input-group--error » si le champ a une erreur (idem pour fr-select-group, fr-fieldset…).
    /// </summary>
    public static string Groupe(this ModelStateDictionary etat, string cle, string bloc = "fr-input-group") =>
        etat.EnErreur(cle) ? $"{bloc} {bloc}--error" : bloc;

    /// <summary>Premier message d'erreur d'un champ, ou null.</summary>
    public static string? Erreur(this ModelStateDictionary etat, string champ) =>
        etat.TryGetValue(champ, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;
}
