namespace Pilotis.Domain.Information;

/// <summary>Les règles d'une action de concertation saisie, par champ.</summary>
public static class ValidationConcertation
{
    /// <summary>Une action se déclare une fois faite : jamais datée après aujourd'hui.</summary>
    public static List<ErreurChamp> Valider(ActionConcertation a, DateOnly aujourdhui)
    {
        ArgumentNullException.ThrowIfNull(a);
        var e = new List<ErreurChamp>();
        if (a.Date == default)
            e.Add(new(nameof(a.Date), "Indiquez la date de l'action."));
        else if (a.Date > aujourdhui)
            e.Add(new(nameof(a.Date), "L'action n'a pas encore eu lieu : enregistrez-la une fois faite."));
        if (a.HabitantsRencontres is < 0 or > ActionConcertation.HabitantsMaximum)
            e.Add(
                new(
                    nameof(a.HabitantsRencontres),
                    "Le nombre d'habitants rencontrés doit être compris entre 0 et "
                        + $"{ActionConcertation.HabitantsMaximum}."
                )
            );
        if (a.Questions?.Length > ActionConcertation.LongueurTexteMaximum)
            e.Add(
                new(
                    nameof(a.Questions),
                    MessagesSaisie.TropLong("Le texte des questions", ActionConcertation.LongueurTexteMaximum)
                )
            );
        if (a.Issue?.Length > ActionConcertation.LongueurTexteMaximum)
            e.Add(
                new(
                    nameof(a.Issue),
                    MessagesSaisie.TropLong("Le texte des suites", ActionConcertation.LongueurTexteMaximum)
                )
            );
        return e;
    }
}
