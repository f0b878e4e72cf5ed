using System.Linq.Expressions;

namespace Pilotis.Domain.Production;

/// <summary>Les critères d'un lot, écrits une fois pour les requêtes (SQL) et le code.</summary>
public static class CriteresLot
{
    /// <summary>
    /// Logements agréés dans l'intervalle [<paramref name="debut"/>, <paramref name="fin"/>[ : un lot compte à la date
    /// de
    /// SON agrément (<see cref="Lot.DateAgrement"/>), qui peut différer de celle de l'opération quand le fichier SIAP
    /// importé porte une décision par produit ; c'est le contrat de l'API publique de lissage. Seuls comptent les lots
    /// d'une opération agréée (<see cref="CriteresOperation.Agreee"/>), à appliquer aux opérations jointes. Un
    /// intervalle
    /// (et non l'année de la date) pour que l'index sur la date d'agrément des lots serve.
    /// </summary>
    public static Expression<Func<Lot, bool>> AgreeEntre(DateOnly debut, DateOnly fin) =>
        l => l.DateAgrement >= debut && l.DateAgrement < fin;
}
