using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Pilotis.Data.Base;

/// <summary>
/// Les données de référence lues par presque chaque page (communes du référentiel, barème des plafonds, médiane du
/// potentiel fiscal de l'année SRU…) chargées une fois par processus et par base, puis servies de la mémoire
/// (docs/adr/0019-pages-rapides-et-lecture-repliquee.md). Toute écriture d'une entité de référence par
/// <see cref="PilotisDbContext.SaveChangesAsync(bool, CancellationToken)"/> change la version de la base : l'entrée
/// suivante est relue. Un autre nœud web ne voit pas cette version : ses entrées expirent après
/// <see cref="Duree"/>.
/// </summary>
public static class CacheReferentiel
{
    /// <summary>Durée de vie d'une entrée : le délai au bout duquel un second nœud voit la modification.</summary>
    public static readonly TimeSpan Duree = TimeSpan.FromMinutes(1);

    private static readonly ConcurrentDictionary<string, long> Versions = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Base, string Cle), Entree> Entrees = new();

    // Paresseux : seule l'entrée retenue lance son chargement (une entrée perdante ne doit pas lire sur le contexte de
    // l'appelant pendant qu'il attend celle de l'autre requête).
    private sealed record Entree(Lazy<Task<object>> Valeur, long Version, long Expire);

    /// <summary>
    /// La valeur gardée sous <paramref name="cle"/> pour la base de <paramref name="db"/>, chargée par
    /// <paramref name="charger"/> si elle manque, a expiré ou date d'une version antérieure. Deux requêtes simultanées
    /// partagent le même chargement ; un chargement en échec n'est pas gardé.
    /// </summary>
    public static async Task<T> LireAsync<T>(PilotisDbContext db, string cle, Func<PilotisDbContext, Task<T>> charger)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(charger);
        var nom = Base(db);
        var version = Versions.GetOrAdd(nom, 0);
        var maintenant = Environment.TickCount64;
        var complete = (nom, cle);
        if (
            !Entrees.TryGetValue(complete, out var entree)
            || entree.Version != version
            || entree.Expire <= maintenant
            || entree.Valeur is { IsValueCreated: true, Value.IsFaulted: true }
        )
        {
            var nouvelle = new Entree(
                new Lazy<Task<object>>(() => ChargerAsync(db, charger)),
                version,
                maintenant + (long)Duree.TotalMilliseconds
            );
            entree =
                entree is null ? Entrees.GetOrAdd(complete, nouvelle)
                : Entrees.TryUpdate(complete, nouvelle, entree) ? nouvelle
                : Entrees.GetValueOrDefault(complete, nouvelle);
        }
        try
        {
            return (T)await entree.Valeur.Value;
        }
        catch
        {
            Entrees.TryRemove(new KeyValuePair<(string, string), Entree>(complete, entree));
            throw;
        }
    }

    private static async Task<object> ChargerAsync<T>(PilotisDbContext db, Func<PilotisDbContext, Task<T>> charger)
        where T : class => await charger(db);

    /// <summary>Oublie toutes les entrées de la base de <paramref name="db"/> (une donnée de référence a
    /// changé).</summary>
    public static void Invalider(PilotisDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        Versions.AddOrUpdate(Base(db), 1, (_, v) => v + 1);
    }

    /// <summary>La version courante des données de référence de la base (lue par les tests).</summary>
    public static long Version(PilotisDbContext db) => Versions.GetValueOrDefault(Base(db));

    private static string Base(PilotisDbContext db) => db.Database.GetConnectionString() ?? "";
}
