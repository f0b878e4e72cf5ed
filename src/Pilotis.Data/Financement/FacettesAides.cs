namespace Pilotis.Data.Financement;

/// <summary>Les comptes de chaque valeur de filtre parmi les aides trouvées (avant pagination).</summary>
public sealed record FacettesAides(
    IReadOnlyList<(string Valeur, int Nombre)> Perimetres,
    IReadOnlyList<(string Valeur, int Nombre)> TypesAide,
    IReadOnlyList<(string Valeur, int Nombre)> Financeurs,
    IReadOnlyList<(string Valeur, int Nombre)> Publics,
    int Ouvertes,
    int EcheanceDansTroisMois
)
{
    /// <summary>Aucune facette calculée (réponse de l'API).</summary>
    public static FacettesAides Aucune { get; } = new([], [], [], [], 0, 0);
}
