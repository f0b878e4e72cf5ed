using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Pilotis.Domain.Commun;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Messages de liaison de formulaire en français (valeurs non numériques, champs obligatoires…). La saisie citée
/// est un extrait (<see cref="Francais.Extrait"/>) ; <see cref="FiltreValeursRefusees"/> remplace ensuite ces messages
/// génériques par celui du type du champ (année, date, nombre, choix).
/// </summary>
public static class MessagesValidation
{
    public static void Franciser(DefaultModelBindingMessageProvider p)
    {
        p.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
        p.SetAttemptedValueIsInvalidAccessor(
            (valeur, champ) => $"La valeur « {Francais.Extrait(valeur)} » n'est pas valide pour « {champ} »."
        );
        p.SetMissingBindRequiredValueAccessor(champ => $"Le champ « {champ} » est obligatoire.");
        p.SetMissingKeyOrValueAccessor(() => "Une valeur est obligatoire.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Le corps de la requête est obligatoire.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(valeur =>
            $"La valeur « {Francais.Extrait(valeur)} » n'est pas valide."
        );
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
        p.SetUnknownValueIsInvalidAccessor(champ => $"La valeur saisie n'est pas valide pour « {champ} ».");
        p.SetValueIsInvalidAccessor(valeur => $"La valeur « {Francais.Extrait(valeur)} » n'est pas valide.");
        p.SetValueMustBeANumberAccessor(champ => $"Le champ « {champ} » doit être un nombre.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Ce champ doit être un nombre.");
    }
}
