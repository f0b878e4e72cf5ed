using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Erreurs de formulaire par champ, à la manière du DSFR (classe « --error » du groupe, message sous le champ).
/// </summary>
public static class ErreursFormulaire
{
    public static string? Message(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary etat, string champ) =>
        etat.TryGetValue(champ, out var entree) && entree.Errors.Count > 0
            ? string.Join(" ", entree.Errors.Select(e => e.ErrorMessage))
            : null;

    public static string Classe(
        this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary etat,
        string champ,
        string groupe = "fr-input-group"
    ) => etat.Message(champ) is null ? "" : groupe + "--error";
}
