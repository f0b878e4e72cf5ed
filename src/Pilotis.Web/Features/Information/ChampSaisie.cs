namespace Pilotis.Web.Features.Information;

/// <summary>Un champ d'un formulaire de l'information : nom, libellé, valeur saisie, erreur, aide, type.</summary>
public sealed record ChampSaisie(
    string Nom,
    string Libelle,
    string? Valeur,
    string? Erreur,
    string? Aide = null,
    string Type = "text"
);
