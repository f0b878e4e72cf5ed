namespace Pilotis.Web.Features.Attribution;

/// <summary>Un champ texte du formulaire de convention : nom, libellé, valeur, erreur, type HTML.</summary>
public sealed record ChampConvention(string Nom, string Libelle, string? Valeur, string? Erreur, string Type = "text");
