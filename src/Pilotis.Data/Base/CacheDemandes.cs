namespace Pilotis.Data.Base;

/// <summary>
/// Les agrégats des demandes qu'une page relit à chaque affichage sans filtre (totaux du registre, EPCI proposés…),
/// gardés au plus 30 s par base et par clé (portée de l'acteur, filtres). Toute écriture d'une demande par
/// <see cref="PilotisDbContext.SaveChangesAsync(bool, CancellationToken)"/> ou par un import de masse change la version
/// de la base : l'affichage suivant relit. Un second nœud web voit la modification au bout de 30 s au plus, comme les
/// tableaux de la demande (docs/adr/0019-pages-rapides-et-lecture-repliquee.md).
/// </summary>
public static class CacheDemandes
{
    private static readonly CacheParVersion Cache = new(TimeSpan.FromSeconds(30));

    /// <inheritdoc cref="CacheParVersion.LireAsync"/>
    public static Task<T> LireAsync<T>(PilotisDbContext db, string cle, Func<PilotisDbContext, Task<T>> charger)
        where T : class => Cache.LireAsync(db, cle, charger);

    /// <summary>Oublie les agrégats de la base de <paramref name="db"/> (une demande a été écrite).</summary>
    public static void Invalider(PilotisDbContext db) => Cache.Invalider(db);

    /// <summary>La version courante des demandes de la base (lue par les tests).</summary>
    public static long Version(PilotisDbContext db) => Cache.Version(db);
}
