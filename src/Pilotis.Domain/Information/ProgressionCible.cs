namespace Pilotis.Domain.Information;

/// <summary>
/// L'avancement d'un indicateur vers la cible fixée par la DDTM pour l'année : la part atteinte (valeur / cible),
/// plafonnée à 100 % pour la barre, et si la cible est atteinte.
/// </summary>
public sealed record ProgressionCible(decimal Part, bool Atteinte)
{
    /// <summary>Pourcentage entier arrondi, plafonné à 100, pour l'affichage.</summary>
    public int Pourcentage => (int)Math.Round(Math.Min(Part, 1m) * 100m, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Fonction pure : null sans valeur calculée ou sans cible ; une cible nulle (0) est atteinte dès qu'elle est
    /// fixée ; une valeur négative compte pour 0.
    /// </summary>
    public static ProgressionCible? Calculer(decimal? valeur, decimal? cible)
    {
        if (valeur is null || cible is null || cible < 0)
            return null;
        var v = Math.Max(valeur.Value, 0m);
        if (cible == 0)
            return new(1m, true);
        return new(v / cible.Value, v >= cible.Value);
    }
}
