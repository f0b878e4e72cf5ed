namespace Pilotis.Data.Financement;

/// <summary>Une page de résultats, dans l'ordre de pertinence, avec le total et les facettes.</summary>
public sealed record ResultatRechercheAides(
    int Total,
    int Page,
    int Taille,
    IReadOnlyList<AideIndexee> Aides,
    FacettesAides Facettes
)
{
    public int Pages => Math.Max(1, (Total + Taille - 1) / Taille);
}
