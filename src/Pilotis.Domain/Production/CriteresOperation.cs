using System.Linq.Expressions;

namespace Pilotis.Domain.Production;

/// <summary>
/// Les états dérivés d'une opération, écrits une fois chacun : une expression sur le statut, que les requêtes SQL
/// reprennent sur l'opération (<see cref="Agreee"/>, <see cref="AvantAgrement"/>…) et que le code appelle par les
/// méthodes d'extension compilées depuis la même expression. Aucune page ni requête ne recompare les statuts.
/// Les valeurs de <see cref="StatutOperation"/> suivent l'ordre du circuit SIAP (DOMAIN §2) : les bornes suffisent.
/// </summary>
public static class CriteresOperation
{
    /// <summary>Agréée : la décision de subvention est prise (A_VALIDER_CHORUS jusqu'à SOLDEE), hors sorties.</summary>
    public static readonly Expression<Func<StatutOperation, bool>> StatutAgree = s =>
        s >= StatutOperation.AValiderChorus && s <= StatutOperation.Soldee;

    /// <summary>Sortie du processus (supprimée ou annulée) : ne compte dans aucune statistique.</summary>
    public static readonly Expression<Func<StatutOperation, bool>> StatutSorti = s =>
        s == StatutOperation.Supprimee || s == StatutOperation.Annulee;

    /// <summary>
    /// Avant l'agrément : ni agréée ni sortie, du brouillon à « à agréer » (le pipeline de programmation).
    /// </summary>
    public static readonly Expression<Func<StatutOperation, bool>> StatutAvantAgrement = s =>
        s < StatutOperation.AValiderChorus;

    /// <summary>Dans le circuit d'instruction, du dépôt à « à agréer ».</summary>
    public static readonly Expression<Func<StatutOperation, bool>> StatutEnInstruction = s =>
        s >= StatutOperation.Transmise && s <= StatutOperation.AAgreer;

    /// <summary>Le bailleur peut encore modifier le dossier (brouillon, ou renvoyé pour compléments).</summary>
    public static readonly Expression<Func<StatutOperation, bool>> StatutModifiableParBailleur = s =>
        s == StatutOperation.BrouillonCree || s == StatutOperation.BrouillonATransmettre;

    /// <summary>L'opération agréée, pour les requêtes (voir <see cref="StatutAgree"/>).</summary>
    public static readonly Expression<Func<Operation, bool>> Agreee = SurOperation(StatutAgree);

    /// <summary>L'opération sortie, pour les requêtes (voir <see cref="StatutSorti"/>).</summary>
    public static readonly Expression<Func<Operation, bool>> Sortie = SurOperation(StatutSorti);

    /// <summary>L'opération encore suivie (ni supprimée ni annulée), pour les requêtes.</summary>
    public static readonly Expression<Func<Operation, bool>> HorsSortie = SurOperation(Non(StatutSorti));

    /// <summary>L'opération avant l'agrément, pour les requêtes (voir <see cref="StatutAvantAgrement"/>).</summary>
    public static readonly Expression<Func<Operation, bool>> AvantAgrement = SurOperation(StatutAvantAgrement);

    private static readonly Func<StatutOperation, bool> _agree = StatutAgree.Compile();
    private static readonly Func<StatutOperation, bool> _sorti = StatutSorti.Compile();
    private static readonly Func<StatutOperation, bool> _avantAgrement = StatutAvantAgrement.Compile();
    private static readonly Func<StatutOperation, bool> _enInstruction = StatutEnInstruction.Compile();
    private static readonly Func<StatutOperation, bool> _modifiable = StatutModifiableParBailleur.Compile();

    /// <inheritdoc cref="StatutAgree"/>
    public static bool EstAgreee(this StatutOperation statut) => _agree(statut);

    /// <inheritdoc cref="StatutSorti"/>
    public static bool EstSortie(this StatutOperation statut) => _sorti(statut);

    /// <inheritdoc cref="StatutAvantAgrement"/>
    public static bool EstAvantAgrement(this StatutOperation statut) => _avantAgrement(statut);

    /// <inheritdoc cref="StatutEnInstruction"/>
    public static bool EnInstruction(this StatutOperation statut) => _enInstruction(statut);

    /// <inheritdoc cref="StatutModifiableParBailleur"/>
    public static bool ModifiableParBailleur(this StatutOperation statut) => _modifiable(statut);

    /// <summary>
    /// Agréée dans l'intervalle [<paramref name="debut"/>, <paramref name="fin"/>[ au sens de l'opération : sa première
    /// décision (<see cref="Operation.DateAgrement"/>, le plus ancien de ses lots). C'est l'année où la subvention de
    /// l'État est engagée sur l'enveloppe ; les logements, eux, comptent l'année de leur lot
    /// (<see cref="CriteresLot.AgreeEntre"/>).
    /// </summary>
    public static Expression<Func<Operation, bool>> AgreeeEntre(DateOnly debut, DateOnly fin)
    {
        Expression<Func<Operation, bool>> dates = o => o.DateAgrement >= debut && o.DateAgrement < fin;
        return Et(Agreee, dates);
    }

    private static Expression<Func<StatutOperation, bool>> Non(Expression<Func<StatutOperation, bool>> critere) =>
        Expression.Lambda<Func<StatutOperation, bool>>(Expression.Not(critere.Body), critere.Parameters);

    /// <summary>
    /// Le critère sur le statut appliqué à <c>o.Statut</c> : une expression que EF Core traduit en SQL.
    /// </summary>
    private static Expression<Func<Operation, bool>> SurOperation(Expression<Func<StatutOperation, bool>> critere)
    {
        var o = Expression.Parameter(typeof(Operation), "o");
        var statut = Expression.Property(o, nameof(Operation.Statut));
        var corps = new Remplacement(critere.Parameters[0], statut).Visit(critere.Body);
        return Expression.Lambda<Func<Operation, bool>>(corps, o);
    }

    private static Expression<Func<Operation, bool>> Et(
        Expression<Func<Operation, bool>> gauche,
        Expression<Func<Operation, bool>> droite
    )
    {
        var corps = new Remplacement(droite.Parameters[0], gauche.Parameters[0]).Visit(droite.Body);
        return Expression.Lambda<Func<Operation, bool>>(Expression.AndAlso(gauche.Body, corps), gauche.Parameters);
    }

    /// <summary>Remplace un paramètre d'expression par une autre expression.</summary>
    private sealed class Remplacement(ParameterExpression avant, Expression apres) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == avant ? apres : base.VisitParameter(node);
    }
}
