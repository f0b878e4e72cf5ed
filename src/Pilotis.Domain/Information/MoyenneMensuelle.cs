namespace Pilotis.Domain.Information;

/// <summary>
/// Une moyenne par mois sur une année civile (recherches d'aides, visites) : les douze mois d'une année passée, les
/// mois entamés de l'année en cours, rien pour une année à venir.
/// </summary>
public static class MoyenneMensuelle
{
    public static int Mois(int annee, DateOnly aujourdhui) =>
        annee < aujourdhui.Year ? 12
        : annee == aujourdhui.Year ? aujourdhui.Month
        : 0;

    /// <summary>
    /// Fonction pure : le total divisé par les mois écoulés, arrondi au dixième ; null sans mois écoulé.
    /// </summary>
    public static decimal? Calculer(int total, int annee, DateOnly aujourdhui)
    {
        var mois = Mois(annee, aujourdhui);
        return mois == 0 ? null : Math.Round((decimal)total / mois, 1, MidpointRounding.AwayFromZero);
    }
}
