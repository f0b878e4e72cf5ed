namespace Pilotis.Domain.Information;

/// <summary>
/// Indicateurs de la solution 6 (seed 001) : part des communes du département dont au moins un élu a été formé
/// (présent à une session) depuis le début du mandat, satisfaction moyenne et nombre de réponses.
/// </summary>
public static class IndicateursFormation
{
    /// <summary>Part (0 à 1) des communes ayant un élu formé ; nulle quand le département n'a aucune commune.</summary>
    public static decimal? PartCommunesFormees(int communesFormees, int communes)
    {
        if (communes <= 0)
            return null;
        return Math.Round((decimal)Math.Min(communesFormees, communes) / communes, 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>Moyenne des notes sur 5, à deux décimales ; nulle sans réponse.</summary>
    public static decimal? SatisfactionMoyenne(IReadOnlyCollection<int> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Count == 0)
            return null;
        return Math.Round((decimal)notes.Sum() / notes.Count, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Une session compte pour « formé depuis le début du mandat » si elle s'est tenue entre le début du mandat en
    /// cours à la date d'arrêté et cette date.
    /// </summary>
    public static (DateOnly Debut, DateOnly Fin)? PeriodeDuMandat(DateOnly arrete)
    {
        var mandat = ParametreMandat.EnCours(arrete);
        return mandat is null ? null : (mandat.Debut, arrete);
    }
}
