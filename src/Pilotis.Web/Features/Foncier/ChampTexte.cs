namespace Pilotis.Web.Features.Foncier;

/// <summary>Un champ texte d'un formulaire du foncier : nom, libellé, aide, valeur saisie, erreur.</summary>
public sealed record ChampTexte(
    string Nom,
    string Libelle,
    string? Valeur,
    string? Erreur,
    string? Aide = null,
    string Type = "text"
);
