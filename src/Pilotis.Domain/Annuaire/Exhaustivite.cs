namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Exhaustivité de l'annuaire (seed 001, solution 9) : pour chaque organisation et chaque thème attendu de son type
/// (<see cref="ThemesAttendus"/>), y a-t-il un référent confirmé depuis moins de douze mois ? Le taux est la part des
/// couples (organisation, thème attendu) couverts, de 0 à 100 ; null sans organisation attendue.
/// </summary>
public static class Exhaustivite
{
    public static IReadOnlyList<ExhaustiviteTheme> ParTheme(
        IEnumerable<OrganisationAnnuaire> organisations,
        DateOnly aujourdhui
    )
    {
        var liste = organisations.ToList();
        return Enum.GetValues<ThemeReferent>()
            .Select(theme =>
            {
                var attendues = liste.Where(o => ThemesAttendus.Pour(o.Type).Contains(theme)).ToList();
                var couvertes = attendues.Count(o => Couvert(o, theme, aujourdhui));
                return new ExhaustiviteTheme(theme, attendues.Count, couvertes);
            })
            .ToList();
    }

    /// <summary>Le taux global, de 0 à 100 (une décimale), null quand aucun thème n'est attendu.</summary>
    public static decimal? Taux(IEnumerable<OrganisationAnnuaire> organisations, DateOnly aujourdhui)
    {
        var lignes = ParTheme(organisations, aujourdhui);
        var attendus = lignes.Sum(l => l.Attendues);
        return attendus == 0 ? null : Math.Round(100m * lignes.Sum(l => l.Couvertes) / attendus, 1);
    }

    /// <summary>
    /// Part des organisations ayant au moins une fiche dont toutes les fiches sont à jour, de 0 à 100 ; null sans
    /// organisation ayant des fiches.
    /// </summary>
    public static decimal? TauxAJour(IEnumerable<OrganisationAnnuaire> organisations, DateOnly aujourdhui)
    {
        var avecFiches = organisations.Where(o => o.Fiches.Count > 0).ToList();
        if (avecFiches.Count == 0)
            return null;
        var aJour = avecFiches.Count(o => o.Fiches.All(f => FraicheurAnnuaire.AJour(f.ConfirmeLe, aujourdhui)));
        return Math.Round(100m * aJour / avecFiches.Count, 1);
    }

    private static bool Couvert(OrganisationAnnuaire o, ThemeReferent theme, DateOnly aujourdhui) =>
        o.Fiches.Any(f => f.Theme == theme && FraicheurAnnuaire.AJour(f.ConfirmeLe, aujourdhui));
}
