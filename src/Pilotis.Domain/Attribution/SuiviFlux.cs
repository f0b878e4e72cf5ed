namespace Pilotis.Domain.Attribution;

/// <summary>
/// Suivi d'une convention de flux en cours d'année (CCH R441-5) : dû = part × logements du flux jusqu'à la date de
/// référence ; écart = dû − orientés ; prévision de fin d'année = part × flux annuel prévisionnel de la convention
/// s'il est connu, sinon part × projection linéaire du flux constaté (logements du flux × jours de l'année / jours
/// écoulés). Valeurs au dixième de logement, le demi vers le haut.
/// </summary>
public static class SuiviFlux
{
    public static ResultatSuiviFlux Calculer(
        decimal part,
        int logementsDuFlux,
        int orientes,
        int attribues,
        int? fluxAnnuelPrevisionnel,
        int annee,
        DateOnly reference
    )
    {
        var du = Arrondi(part * logementsDuFlux / 100m);
        var debut = new DateOnly(annee, 1, 1);
        var jours = DateTime.IsLeapYear(annee) ? 366 : 365;
        var ecoules = Math.Clamp(reference.DayNumber - debut.DayNumber + 1, 1, jours);
        decimal fluxAnnuel;
        string methode;
        if (fluxAnnuelPrevisionnel is int prevu and > 0)
        {
            fluxAnnuel = prevu;
            methode = "flux annuel prévisionnel de la convention";
        }
        else
        {
            fluxAnnuel = (decimal)logementsDuFlux * jours / ecoules;
            methode = $"projection linéaire du flux constaté ({logementsDuFlux} logements en {ecoules} jours)";
        }
        var prevision = Arrondi(part * fluxAnnuel / 100m);
        return new ResultatSuiviFlux(du, orientes, attribues, Arrondi(du - orientes), prevision, methode);
    }

    private static decimal Arrondi(decimal valeur) => Math.Round(valeur, 1, MidpointRounding.AwayFromZero);
}
