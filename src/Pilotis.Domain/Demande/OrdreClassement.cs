using System.Linq.Expressions;

namespace Pilotis.Domain.Demande;

/// <summary>
/// L'ordre de classement des demandes, écrit une seule fois (ADR 0009 §10 et §12, DOMAIN §4.2) : score décroissant,
/// les demandes sans score en dernier, puis date de dépôt la plus ancienne, puis identifiant (ordre d'enregistrement,
/// unique et stable : deux demandes ne sont jamais ex aequo). Le même ordre sert au registre trié par score, au
/// classement des candidats d'un logement et à la position donnée au demandeur (CCH L441-2-8) : en mémoire par
/// <see cref="Comparer"/>, en SQL par <see cref="ParClassement{T}"/> et <see cref="ClasseesAvant"/>.
/// Le score aide la décision de la commission d'attribution, il ne la prend pas.
/// </summary>
public static class OrdreClassement
{
    /// <summary>Compare deux demandes : négatif si <paramref name="a"/> est classée avant <paramref
    /// name="b"/>.</summary>
    public static int Comparer(DemandeLogement a, DemandeLogement b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Comparer((a.Score, a.DateDepot, a.Id), (b.Score, b.DateDepot, b.Id));
    }

    /// <summary>Même comparaison sur les seules clés (score, date de dépôt, identifiant).</summary>
    public static int Comparer(
        (decimal? Score, DateOnly DateDepot, long Id) a,
        (decimal? Score, DateOnly DateDepot, long Id) b
    )
    {
        var sansScore = (a.Score is null).CompareTo(b.Score is null);
        if (sansScore != 0)
            return sansScore;
        var score = Nullable.Compare(b.Score, a.Score);
        if (score != 0)
            return score;
        var depot = a.DateDepot.CompareTo(b.DateDepot);
        return depot != 0 ? depot : a.Id.CompareTo(b.Id);
    }

    /// <summary>Les demandes dans l'ordre de classement, en mémoire.</summary>
    public static IEnumerable<DemandeLogement> ParClassement(this IEnumerable<DemandeLogement> demandes) =>
        demandes.Order(Comparer<DemandeLogement>.Create(Comparer));

    /// <summary>
    /// Les demandes dans l'ordre de classement, en SQL. <paramref name="scoreEnReel"/> : trier sur la valeur réelle
    /// du score (SQLite range les décimaux en texte et sa collation de tri les relit dans la culture courante, ce qui
    /// échoue en français) ; un score à deux décimales garde le même ordre en réel.
    /// </summary>
    public static IOrderedQueryable<DemandeLogement> ParClassement(
        this IQueryable<DemandeLogement> demandes,
        bool scoreEnReel = false
    ) => demandes.ParClassement(d => d, scoreEnReel);

    /// <summary>
    /// Trie en SQL des lignes qui portent une demande (par exemple une jointure avec les communes souhaitées) :
    /// <paramref name="demande"/> désigne la demande dans la ligne.
    /// </summary>
    public static IOrderedQueryable<T> ParClassement<T>(
        this IQueryable<T> lignes,
        Expression<Func<T, DemandeLogement>> demande,
        bool scoreEnReel = false
    )
    {
        var sansScore = lignes.OrderBy(Sur(demande, d => d.Score == null));
        var parScore = scoreEnReel
            ? sansScore.ThenByDescending(Sur(demande, d => (double?)d.Score))
            : sansScore.ThenByDescending(Sur(demande, d => d.Score));
        return parScore.ThenBy(Sur(demande, d => d.DateDepot)).ThenBy(Sur(demande, d => d.Id));
    }

    /// <summary>
    /// Pour compter en SQL la position d'une demande : vrai pour les demandes classées avant la demande de clés
    /// (<paramref name="score"/>, <paramref name="dateDepot"/>, <paramref name="id"/>), selon le même ordre.
    /// </summary>
    public static Expression<Func<DemandeLogement, bool>> ClasseesAvant(decimal? score, DateOnly dateDepot, long id) =>
        score is decimal s
            ? x => x.Score > s || (x.Score == s && (x.DateDepot < dateDepot || (x.DateDepot == dateDepot && x.Id < id)))
            : x => x.Score != null || x.DateDepot < dateDepot || (x.DateDepot == dateDepot && x.Id < id);

    /// <summary>Compose « la demande de la ligne » et une clé de tri en une clé de tri sur la ligne.</summary>
    private static Expression<Func<T, TCle>> Sur<T, TCle>(
        Expression<Func<T, DemandeLogement>> demande,
        Expression<Func<DemandeLogement, TCle>> cle
    )
    {
        var corps = new Remplacement(cle.Parameters[0], demande.Body).Visit(cle.Body);
        return Expression.Lambda<Func<T, TCle>>(corps, demande.Parameters);
    }

    private sealed class Remplacement(ParameterExpression ancien, Expression nouveau) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == ancien ? nouveau : base.VisitParameter(node);
    }
}
