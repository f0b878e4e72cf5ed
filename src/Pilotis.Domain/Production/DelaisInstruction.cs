namespace Pilotis.Domain.Production;

/// <summary>
/// Délais d'instruction en jours (médianes), par territoire d'instruction ou par bailleur (seed 000 : « délais médians
/// dépôt → complet → agréé »).
/// </summary>
public static class DelaisInstruction
{
    public static IReadOnlyList<DelaisGroupe> Calculer(IEnumerable<DatesInstruction> dossiers) =>
        dossiers
            .GroupBy(d => d.Groupe)
            .Select(g => new DelaisGroupe(
                g.Key,
                g.Count(),
                Mediane(g.Select(d => Jours(d.Depot, d.Complet))),
                Mediane(g.Select(d => Jours(d.Complet, d.Agrement))),
                Mediane(g.Select(d => Jours(d.Depot, d.Agrement)))
            ))
            .OrderBy(d => d.Groupe, StringComparer.CurrentCulture)
            .ToList();

    private static int? Jours(DateOnly? debut, DateOnly? fin) =>
        debut is DateOnly d && fin is DateOnly f && f >= d ? f.DayNumber - d.DayNumber : null;

    /// <summary>Médiane des valeurs présentes ; null quand il n'y en a aucune.</summary>
    public static double? Mediane(IEnumerable<int?> valeurs)
    {
        var triees = valeurs.Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
        if (triees.Length == 0)
            return null;
        var milieu = triees.Length / 2;
        return triees.Length % 2 == 1 ? triees[milieu] : (triees[milieu - 1] + triees[milieu]) / 2.0;
    }
}
