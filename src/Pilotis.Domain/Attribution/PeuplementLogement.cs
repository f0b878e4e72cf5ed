namespace Pilotis.Domain.Attribution;

/// <summary>
/// Taille de ménage qu'un logement peut accueillir sans sous-occupation ni suroccupation. Sous-occupation (CCH L621-2)
/// :
/// plus d'une pièce habitable de plus que de personnes, d'où au moins « pièces − 1 » personnes. Suroccupation (normes
/// de peuplement des aides personnelles, CCH R822-25) : 9 m² pour une personne, 16 m² pour deux, 9 m² de plus par
/// personne supplémentaire, 70 m² suffisant pour huit personnes et plus.
/// </summary>
public static class PeuplementLogement
{
    /// <summary>Au-delà de huit personnes, 70 m² suffisent (CCH R822-25) : pas de maximum.</summary>
    public const int SansMaximum = int.MaxValue;

    public static int PersonnesMinimum(TypologieLogement typologie) => Math.Max(1, (int)typologie - 1);

    public static int PersonnesMaximum(decimal surface) =>
        surface switch
        {
            < 9m => 0,
            < 16m => 1,
            >= 70m => SansMaximum,
            _ => 2 + (int)Math.Floor((surface - 16m) / 9m),
        };

    public static bool Admet(TypologieLogement typologie, decimal surface, int personnes) =>
        personnes >= PersonnesMinimum(typologie) && personnes <= PersonnesMaximum(surface);

    /// <summary>La plage en clair, pour la page des candidats.</summary>
    public static string Libelle(TypologieLogement typologie, decimal surface)
    {
        var min = PersonnesMinimum(typologie);
        var max = PersonnesMaximum(surface);
        if (max < min)
            return "aucune taille de ménage (surface trop petite pour la typologie)";
        return max == SansMaximum ? $"{min} personne(s) ou plus" : $"de {min} à {max} personne(s)";
    }
}
