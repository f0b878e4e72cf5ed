using System.Linq.Expressions;
using Pilotis.Domain.Production;

namespace Pilotis.Domain.Information;

/// <summary>
/// Indicateurs de la solution 7 (seed 001) : habitants rencontrés par commune et part des opérations suivies dans
/// l'année qui ont eu au moins une action de concertation avant le permis.
/// </summary>
public static class IndicateursConcertation
{
    /// <summary>
    /// Opérations suivies l'année <paramref name="annee"/> : agréées dans l'année, ou dont le chantier est ouvert et
    /// pas livré au 31 décembre. Sont écartées les opérations supprimées ou annulées et celles sans permis à obtenir
    /// (acquisition sans travaux, VEFA déjà autorisée) : pour elles, « avant le permis » n'a pas de sens.
    /// </summary>
    public static Expression<Func<Operation, bool>> OperationSuivie(int annee)
    {
        var debut = new DateOnly(annee, 1, 1);
        var fin = new DateOnly(annee, 12, 31);
        return o =>
            o.Statut != StatutOperation.Supprimee
            && o.Statut != StatutOperation.Annulee
            && o.Permis != EtatPermis.SansObjet
            && (
                (o.DateAgrement >= debut && o.DateAgrement <= fin)
                || (o.DateOuvertureChantier <= fin && (o.DateLivraison == null || o.DateLivraison > fin))
            );
    }

    /// <summary>Part (0 à 1) des opérations suivies concertées avant le permis ; nulle sans opération suivie.</summary>
    public static decimal? PartAvantPermis(int concerteesAvantPermis, int suivies)
    {
        if (suivies <= 0)
            return null;
        return Math.Round(
            (decimal)Math.Min(concerteesAvantPermis, suivies) / suivies,
            4,
            MidpointRounding.AwayFromZero
        );
    }

    /// <summary>Une part (0 à 1) exprimée en pourcentage (0 à 100) à une décimale, pour le tableau de bord.</summary>
    public static decimal? EnPourcentage(decimal? part) =>
        part is decimal p ? Math.Round(p * 100m, 1, MidpointRounding.AwayFromZero) : null;
}
