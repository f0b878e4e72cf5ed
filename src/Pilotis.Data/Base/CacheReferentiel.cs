using Microsoft.EntityFrameworkCore;

namespace Pilotis.Data.Base;

/// <summary>
/// Les données de référence lues par presque chaque page (communes du référentiel, barème des plafonds, médiane du
/// potentiel fiscal de l'année SRU…) chargées une fois par processus et par base, puis servies de la mémoire
/// (docs/adr/0019-pages-rapides-et-lecture-repliquee.md). Toute écriture d'une entité de référence par
/// <see cref="PilotisDbContext.SaveChangesAsync(bool, CancellationToken)"/> change la version de la base : l'entrée
/// suivante est relue. Un autre nœud web ne voit pas cette version : ses entrées expirent après une minute.
/// </summary>
public static class CacheReferentiel
{
    private static readonly CacheParVersion Cache = new(TimeSpan.FromMinutes(1));

    /// <inheritdoc cref="CacheParVersion.LireAsync"/>
    public static Task<T> LireAsync<T>(PilotisDbContext db, string cle, Func<PilotisDbContext, Task<T>> charger)
        where T : class => Cache.LireAsync(db, cle, charger);

    /// <summary>Oublie toutes les entrées de la base de <paramref name="db"/> (une donnée de référence a
    /// changé).</summary>
    public static void Invalider(PilotisDbContext db) => Cache.Invalider(db);

    /// <summary>La version courante des données de référence de la base (lue par les tests).</summary>
    public static long Version(PilotisDbContext db) => Cache.Version(db);

    /// <inheritdoc cref="CacheParVersion.Version(string)"/>
    public static long Version(string chaine) => Cache.Version(chaine);
}
