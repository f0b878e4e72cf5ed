using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Pilotis.Domain.Commun;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Une seule règle pour toutes les pages : une valeur liée illisible (« ?annee=abc », « 31/02/2026 ») ou une année
/// hors bornes (<see cref="ValeurAnneeAttribute"/>) n'est ni remplacée en silence ni répondue par un 404 nu. Le filtre
/// écrit dans ModelState, sous le nom du champ, un message français qui dit ce qui ne va pas en citant un extrait de
/// la saisie, et remet la propriété à vide : la page s'affiche avec sa valeur par défaut, et le message près du filtre
/// (<c>_ValeursRefusees</c>) ou sous le champ du formulaire.
/// </summary>
public sealed class FiltreValeursRefusees : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var descripteur in context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>())
        {
            var cle = descripteur.BindingInfo?.BinderModelName ?? descripteur.Name;
            if (Message(context.ModelState, cle, descripteur.Property, context.HandlerInstance) is not string message)
                continue;
            var entree = context.ModelState[cle];
            entree?.Errors.Clear();
            context.ModelState.AddModelError(cle, message);
            // Une propriété qui admet le vide y revient : la page prend sa valeur par défaut (l'année en cours…).
            if (
                descripteur.Property.CanWrite
                && (
                    !descripteur.Property.PropertyType.IsValueType
                    || Nullable.GetUnderlyingType(descripteur.Property.PropertyType) is not null
                )
            )
                descripteur.Property.SetValue(context.HandlerInstance, null);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }

    /// <summary>Le message à montrer pour ce champ, ou null s'il n'y a rien à refuser.</summary>
    private static string? Message(ModelStateDictionary etat, string cle, PropertyInfo propriete, object page)
    {
        var type = Nullable.GetUnderlyingType(propriete.PropertyType) ?? propriete.PropertyType;
        etat.TryGetValue(cle, out var entree);
        var brute = entree?.AttemptedValue;
        var annee = propriete.GetCustomAttribute<ValeurAnneeAttribute>();
        if (annee is not null)
        {
            // Une année lue mais hors bornes n'est pas une erreur de liaison : le filtre la contrôle lui-même.
            if (entree?.ValidationState == ModelValidationState.Invalid)
                return LectureValeurs.ErreurAnnee(brute, out _, annee.Minimum, annee.Maximum)
                    ?? MessagesSaisie.PasUneAnnee(brute);
            return propriete.GetValue(page) is int lue && (lue < annee.Minimum || lue > annee.Maximum)
                ? MessagesSaisie.AnneeHorsBornes(lue, annee.Minimum, annee.Maximum)
                : null;
        }
        if (entree?.ValidationState != ModelValidationState.Invalid || brute is null)
            return null;
        return type switch
        {
            _ when type == typeof(DateOnly) || type == typeof(DateTime) => LectureValeurs.ErreurDate(brute),
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => MessagesSaisie.PasUnEntier(
                brute
            ),
            _ when type == typeof(decimal) || type == typeof(double) => MessagesSaisie.PasUnNombre(brute),
            _ when type.IsEnum || type == typeof(bool) => MessagesSaisie.PasUnChoix(brute),
            _ => null,
        };
    }
}
