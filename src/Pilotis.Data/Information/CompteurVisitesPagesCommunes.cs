using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Information;

namespace Pilotis.Data.Information;

/// <summary>
/// Compte les visites des pages publiques des communes sans ralentir la page la plus lue : chaque visite incrémente un
/// compteur en mémoire (commune × mois), écrit en base par paquets au plus toutes les <see cref="Intervalle"/> (ou
/// quand la page des indicateurs est lue), par un seul UPDATE par compteur. Ni cookie, ni adresse IP, ni agent
/// utilisateur gardés (RGPD, art. 5 ; CNIL, mesure d'audience exemptée de consentement). Un arrêt brutal perd au plus
/// les visites de l'intervalle.
/// </summary>
public static class CompteurVisitesPagesCommunes
{
    public static readonly TimeSpan Intervalle = TimeSpan.FromSeconds(10);

    private sealed class Compteurs
    {
        public ConcurrentDictionary<(string Code, int Annee, int Mois), long> Visites { get; } = new();
        public long ProchaineEcriture;
        public int EcritureEnCours;
    }

    private static readonly ConcurrentDictionary<string, Compteurs> ParBase = new(StringComparer.Ordinal);

    /// <summary>Note une visite de la page de la commune ; écrit les compteurs s'ils attendent depuis
    /// longtemps.</summary>
    public static async Task NoterAsync(PilotisDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var compteurs = ParBase.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new Compteurs());
        var jour = db.Horloge.GetUtcNow().UtcDateTime;
        compteurs.Visites.AddOrUpdate((code, jour.Year, jour.Month), 1, (_, n) => n + 1);
        if (Environment.TickCount64 >= Interlocked.Read(ref compteurs.ProchaineEcriture))
            await EcrireAsync(db, compteurs, ct);
    }

    /// <summary>Écrit tout ce qui attend (page des indicateurs, tests).</summary>
    public static Task ViderAsync(PilotisDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ParBase.TryGetValue(db.Database.GetConnectionString() ?? "", out var compteurs)
            ? EcrireAsync(db, compteurs, ct)
            : Task.CompletedTask;
    }

    private static async Task EcrireAsync(PilotisDbContext db, Compteurs compteurs, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref compteurs.EcritureEnCours, 1) == 1)
            return;
        try
        {
            Interlocked.Exchange(
                ref compteurs.ProchaineEcriture,
                Environment.TickCount64 + (long)Intervalle.TotalMilliseconds
            );
            foreach (var cle in compteurs.Visites.Keys.ToList())
            {
                if (!compteurs.Visites.TryRemove(cle, out var n) || n == 0)
                    continue;
                await AjouterAsync(db, cle.Code, cle.Annee, cle.Mois, n, ct);
            }
        }
        finally
        {
            Interlocked.Exchange(ref compteurs.EcritureEnCours, 0);
        }
    }

    /// <summary>
    /// Un UPDATE « Visites = Visites + n » ; la première visite du mois insère la ligne (un autre nœud qui l'insère au
    /// même instant fait échouer l'insertion : on refait l'UPDATE).
    /// </summary>
    private static async Task AjouterAsync(
        PilotisDbContext db,
        string code,
        int annee,
        int mois,
        long n,
        CancellationToken ct
    )
    {
        if (await IncrementerAsync(db, code, annee, mois, n, ct) > 0)
            return;
        var ligne = new VisitesPageCommune
        {
            CommuneCode = code,
            Annee = annee,
            Mois = mois,
            Visites = n,
        };
        // Un compteur, pas une écriture métier : il ne va pas au journal des écritures.
        var suspendu = db.JournalDetailleSuspendu;
        db.JournalDetailleSuspendu = true;
        try
        {
            db.VisitesPagesCommunes.Add(ligne);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await IncrementerAsync(db, code, annee, mois, n, ct);
        }
        finally
        {
            db.Entry(ligne).State = EntityState.Detached;
            db.JournalDetailleSuspendu = suspendu;
        }
    }

    private static Task<int> IncrementerAsync(
        PilotisDbContext db,
        string code,
        int annee,
        int mois,
        long n,
        CancellationToken ct
    ) =>
        db
            .VisitesPagesCommunes.Where(v => v.CommuneCode == code && v.Annee == annee && v.Mois == mois)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Visites, v => v.Visites + n), ct);
}
