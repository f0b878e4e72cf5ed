using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pilotis.Domain.Commun;

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

    /// <summary>
    /// Efface les erreurs de liaison des champs que la page relit elle-même, sauf celles des champs <paramref
    /// name="gardes"/> (une année refusée par <see cref="FiltreValeursRefusees"/>) : la page ne les remplace pas en
    /// silence par sa valeur par défaut pour enregistrer quand même.
    /// </summary>
    public static void EffacerSauf(this ModelStateDictionary etat, params string[] gardes)
    {
        var messages = gardes.SelectMany(c => Messages(etat, c).Select(m => (Champ: c, Message: m))).ToList();
        etat.Clear();
        foreach (var (champ, message) in messages)
            etat.AddModelError(champ, message);
    }

    /// <summary>
    /// Les refus du domaine, ajoutés aux champs qui n'ont pas déjà une erreur de lecture : le domaine est interrogé
    /// même quand une valeur est illisible, pour que toutes les erreurs soient dites au premier envoi.
    /// </summary>
    public static void AjouterErreurs(this ModelStateDictionary etat, IEnumerable<ErreurChamp> erreurs)
    {
        var dejaSignales = etat.Where(e => e.Value?.Errors.Count > 0)
            .Select(e => e.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var e in erreurs.Where(e => !dejaSignales.Contains(e.Champ)))
            etat.AddModelError(e.Champ, e.Message);
    }

    private static IEnumerable<string> Messages(ModelStateDictionary etat, string champ) =>
        etat.TryGetValue(champ, out var e) ? e.Errors.Select(x => x.ErrorMessage).ToList() : [];
}
