namespace Pilotis.Web.Features.Information;

/// <summary>Une liste de choix d'un formulaire de l'information : codes et libellés, valeur, erreur.</summary>
public sealed record ChoixSaisie(
    string Nom,
    string Libelle,
    IEnumerable<(string Code, string Libelle)> Options,
    string? Valeur,
    string? Erreur
);
