namespace Pilotis.Data.Financement;

/// <summary>Ce que l'index garde d'une aide : de quoi filtrer, compter les facettes et afficher une ligne.</summary>
public sealed record AideIndexee(
    int Id,
    long? IdSource,
    string Slug,
    string Nom,
    IReadOnlyList<string> Financeurs,
    string? Perimetre,
    IReadOnlyList<string> TypesAide,
    IReadOnlyList<string> PublicsCibles,
    DateOnly? DateOuverture,
    DateOnly? DateEcheance,
    bool Locale,
    bool Logement,
    string? UrlOrigine,
    PorteeAide Portee,
    string NomPlie
)
{
    /// <summary>Ouverte à la date donnée : ouverture passée (ou non dite), échéance à venir (ou permanente).</summary>
    public bool OuverteLe(DateOnly jour) =>
        (DateOuverture is null || DateOuverture <= jour) && (DateEcheance is null || DateEcheance >= jour);
}
