namespace Pilotis.Domain.Foncier;

/// <summary>
/// Capacité estimée d'un site en logements sociaux (DOMAIN §7 : logements = surface × densité de la zone × part LLS),
/// avec les paramètres de l'EPCI en vigueur à la date de calcul.
/// </summary>
public static class CapaciteFonciere
{
    public const decimal M2ParHectare = 10_000m;

    /// <summary>
    /// Surface (m²) / 10 000 × densité (logements/ha) × part LLS (0 à 1), arrondie à l'unité inférieure : on ne
    /// compte pas un logement qu'on ne peut pas construire entier (estimation prudente).
    /// </summary>
    public static int Estimer(int surfaceM2, decimal densiteLogementsHectare, decimal partLls)
    {
        if (surfaceM2 <= 0 || densiteLogementsHectare <= 0 || partLls <= 0)
            return 0;
        return (int)decimal.Floor(surfaceM2 / M2ParHectare * densiteLogementsHectare * partLls);
    }

    /// <summary>Le paramètre de l'EPCI pour la zone en vigueur à la date (le plus récent qui la précède).</summary>
    public static ParametreCapacite? EnVigueur(
        IEnumerable<ParametreCapacite> parametres,
        string? epciSiren,
        ZonePlu zone,
        DateOnly date
    ) =>
        parametres
            .Where(p => p.EpciSiren == epciSiren && p.Zone == zone && p.ValideDepuis <= date)
            .OrderByDescending(p => p.ValideDepuis)
            .ThenByDescending(p => p.Id)
            .FirstOrDefault();

    /// <summary>Capacité du site avec les paramètres en vigueur ; null sans paramètre pour sa zone.</summary>
    public static int? Estimer(SiteFoncier site, IEnumerable<ParametreCapacite> parametres, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(site);
        var p = EnVigueur(parametres, site.EpciSiren, site.Zone, date);
        return p is null ? null : Estimer(site.SurfaceM2, p.DensiteLogementsHectare, p.PartLls);
    }

    /// <summary>Les erreurs d'un paramètre saisi, par champ.</summary>
    public static List<ErreurChamp> Valider(ParametreCapacite p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var erreurs = new List<ErreurChamp>();
        if (p.DensiteLogementsHectare is < 0 or > ParametreCapacite.DensiteMaximum)
            erreurs.Add(
                new(
                    nameof(p.DensiteLogementsHectare),
                    $"La densité doit être comprise entre 0 et {ParametreCapacite.DensiteMaximum:0} logements par "
                        + "hectare."
                )
            );
        if (p.PartLls is < 0 or > 1)
            erreurs.Add(new(nameof(p.PartLls), "La part de logements sociaux doit être comprise entre 0 et 100 %."));
        if (string.IsNullOrWhiteSpace(p.Source))
            erreurs.Add(new(nameof(p.Source), "Indiquez la source (PLH, délibération…)."));
        else if (p.Source.Length > ParametreCapacite.LongueurSourceMaximum)
            erreurs.Add(
                new(nameof(p.Source), MessagesSaisie.TropLong("La source", ParametreCapacite.LongueurSourceMaximum))
            );
        return erreurs;
    }
}
