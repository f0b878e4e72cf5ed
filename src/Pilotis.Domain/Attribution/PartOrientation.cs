namespace Pilotis.Domain.Attribution;

/// <summary>
/// Ce que l'orientation sait d'une convention en vigueur : le réservataire (null : le bailleur, pour le reste non
/// réservé du flux), son contingent, son nom, sa part du flux, sa répartition par typologie (null : indifférente) et
/// ses territoires (SIREN d'EPCI ; vide : tout le département).
/// </summary>
public sealed record PartOrientation(
    int? ReservataireId,
    Contingent Contingent,
    string Nom,
    decimal Part,
    decimal? PartT1T2,
    decimal? PartT3,
    decimal? PartT4Plus,
    IReadOnlySet<string> Territoires
)
{
    /// <summary>La part (en %) de la classe dans le flux de ce réservataire ; null : indifférent.</summary>
    public decimal? PartClasse(ClasseTypologie classe) =>
        classe switch
        {
            ClasseTypologie.T1T2 => PartT1T2,
            ClasseTypologie.T3 => PartT3,
            _ => PartT4Plus,
        };

    public bool CouvreTerritoire(string? epciSiren) =>
        Territoires.Count == 0 || (epciSiren is not null && Territoires.Contains(epciSiren));

    /// <summary>Les territoires d'une convention, saisis en SIREN séparés par des virgules ou des espaces.</summary>
    public static HashSet<string> LireTerritoires(string? territoires) =>
        (territoires ?? "")
            .Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
}
