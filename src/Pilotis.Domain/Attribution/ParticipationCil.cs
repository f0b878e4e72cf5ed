namespace Pilotis.Domain.Attribution;

/// <summary>
/// Participation des élus en conférence intercommunale du logement (CIL, CCH L441-1-5 ; seed 001, solution 10) :
/// part des communes membres de l'EPCI représentées à au moins une réunion de la CIL dans l'année.
/// </summary>
public sealed record ParticipationCil(int CommunesRepresentees, int CommunesMembres)
{
    /// <summary>Part entre 0 et 1 ; 0 quand l'EPCI n'a aucune commune membre.</summary>
    public decimal Part => CommunesMembres == 0 ? 0m : (decimal)CommunesRepresentees / CommunesMembres;

    /// <summary>
    /// Fonction pure : une commune compte une fois, quel que soit le nombre de réunions où elle était ; une commune
    /// qui n'est pas membre de l'EPCI (saisie d'avant une fusion) ne compte pas ; seules les réunions de l'année.
    /// </summary>
    public static ParticipationCil Calculer(
        IEnumerable<string> communesMembres,
        IEnumerable<(DateOnly Date, IEnumerable<string> Communes)> reunions,
        int annee
    )
    {
        ArgumentNullException.ThrowIfNull(communesMembres);
        ArgumentNullException.ThrowIfNull(reunions);
        var membres = communesMembres.ToHashSet(StringComparer.Ordinal);
        var representees = reunions
            .Where(r => r.Date.Year == annee)
            .SelectMany(r => r.Communes)
            .Where(membres.Contains)
            .Distinct(StringComparer.Ordinal)
            .Count();
        return new(representees, membres.Count);
    }
}
