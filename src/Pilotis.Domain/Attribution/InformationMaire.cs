namespace Pilotis.Domain.Attribution;

/// <summary>
/// Information du maire sur les attributions dans sa commune (CCH L441-2 : le maire siège à la CALEOL pour les
/// logements de sa commune ; seed 001, solutions 10–11). Un logement est « annoncé à temps » quand il est déclaré au
/// moins <see cref="JoursAvantCommission"/> jours avant la séance qui l'examine : le délai d'une convocation, pour que
/// le maire puisse préparer la séance ou se faire représenter (choix local, ADR 0017).
/// </summary>
public static class InformationMaire
{
    public const int JoursAvantCommission = 8;

    public static bool AnnonceATemps(DateTimeOffset declareLe, DateTimeOffset seance) =>
        seance - declareLe >= TimeSpan.FromDays(JoursAvantCommission);
}
