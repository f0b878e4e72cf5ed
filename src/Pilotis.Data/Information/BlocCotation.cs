namespace Pilotis.Data.Information;

/// <summary>La grille de cotation publiée de l'EPCI de la commune (CCH L441-2-8 : elle est publique).</summary>
public sealed record BlocCotation(
    string EpciSiren,
    int Version,
    DateOnly? PublieeLe,
    string Adresse,
    IReadOnlyList<CritereCotationCommune> Criteres
);
