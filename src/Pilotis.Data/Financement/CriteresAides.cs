namespace Pilotis.Data.Financement;

/// <summary>
/// Une recherche dans le catalogue : texte (virgules = OU, espaces = ET), filtres, page, et le territoire de
/// l'utilisateur (département, EPCI, commune) qui fait passer devant les aides de chez lui.
/// </summary>
public sealed record CriteresAides
{
    public string? Texte { get; init; }
    public string? Departement { get; init; }
    public string? TypeAide { get; init; }
    public string? Financeur { get; init; }
    public string? Public { get; init; }
    public string? Perimetre { get; init; }
    public bool OuvertesSeulement { get; init; }
    public DateOnly? EcheanceAvant { get; init; }

    /// <summary>Null : toutes ; vrai : aides locales seules ; faux : catalogue national seul.</summary>
    public bool? Locales { get; init; }
    public int Page { get; init; } = 1;
    public int Taille { get; init; } = 20;
    public string? DepartementUtilisateur { get; init; }
    public string? EpciUtilisateur { get; init; }
    public string? CommuneUtilisateur { get; init; }

    public const int TailleMaximale = 100;

    /// <summary>Un filtre autre que le texte et le département est posé (la recherche lit alors chaque aide).</summary>
    public bool AvecFiltres =>
        TypeAide is not null
        || Financeur is not null
        || Public is not null
        || Perimetre is not null
        || OuvertesSeulement
        || EcheanceAvant is not null
        || Locales is not null;
}
