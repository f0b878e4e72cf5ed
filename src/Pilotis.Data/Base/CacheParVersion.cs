using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Pilotis.Data.Base;

/// <summary>
/// Des valeurs lues par beaucoup de requêtes, chargées une fois par processus et par base, puis servies de la mémoire
/// (docs/adr/0019-pages-rapides-et-lecture-repliquee.md) jusqu'à ce que la base change de version (une écriture les
/// concerne, <see cref="Invalider"/>) ou que <see cref="Duree"/> passe : c'est le délai au bout duquel un autre nœud
/// web, qui ne voit pas la version de celui-ci, lit la modification. Deux requêtes simultanées partagent le même
/// chargement.
/// </summary>
public sealed class CacheParVersion(TimeSpan duree)
{
    /// <summary>Durée de vie d'une entrée : le délai au bout duquel un second nœud voit la modification.</summary>
    public TimeSpan Duree { get; } = duree;

    private readonly ConcurrentDictionary<string, long> Versions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Base, string Cle), Entree> Entrees = new();

    // Paresseux : seule l'entrée retenue lance son chargement (une entrée perdante ne doit pas lire sur le contexte de
    // l'appelant pendant qu'il attend celle de l'autre requête).
    private sealed record Entree(Lazy<Task<object>> Valeur, long Version, long Expire);

    /// <summary>
    /// La valeur gardée sous <paramref name="cle"/> pour la base de <paramref name="db"/>, chargée par
    /// <paramref name="charger"/> si elle manque, a expiré ou date d'une version antérieure. Deux requêtes simultanées
    /// partagent le même chargement ; un chargement en échec n'est pas gardé.
    /// </summary>
    public async Task<T> LireAsync<T>(PilotisDbContext db, string cle, Func<PilotisDbContext, Task<T>> charger)
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
    public void Invalider(PilotisDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        Versions.AddOrUpdate(Base(db), 1, (_, v) => v + 1);
    }

    /// <summary>La version courante des données de référence de la base (lue par les tests).</summary>
    public long Version(PilotisDbContext db) => Versions.GetValueOrDefault(Base(db));

    /// <summary>La version courante de la base nommée par sa chaîne de connexion (<see cref="CleBase"/>).</summary>
    public long Version(string chaine) => Versions.GetValueOrDefault(chaine);

    private static string Base(PilotisDbContext db) => db.Database.GetConnectionString() ?? "";
}
