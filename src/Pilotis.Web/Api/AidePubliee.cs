namespace Pilotis.Web.Api;

/// <summary>
/// Une aide de l'API publique, champs du contrat du ticket 13 : <c>id</c> est l'<c>id</c> de la source
/// (aides-territoires ; null pour une aide saisie dans Pilotis), <c>url</c> la fiche de l'aide dans Pilotis ;
/// <c>urlOrigine</c> et <c>locale</c> sont ajoutés.
/// </summary>
public sealed record AidePubliee(
    long? Id,
    string Slug,
    string Nom,
    IReadOnlyList<string> Financeurs,
    string? Perimetre,
    IReadOnlyList<string> TypesAide,
    DateOnly? DateEcheance,
    string Url,
    string? UrlOrigine,
    bool Locale
);
