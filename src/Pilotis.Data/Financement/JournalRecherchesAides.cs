using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement;

/// <summary>
/// Compte les recherches pour les indicateurs (recherches par mois, recherches sans résultat) sans ralentir la
/// recherche : chaque recherche entre dans une file en mémoire, écrite en base par paquets (au plus toutes les
/// <see cref="Intervalle"/>, ou quand la page des indicateurs est lue). Seuls le jour, le texte tapé et le nombre de
/// résultats sont gardés : ni compte, ni adresse (aucune donnée personnelle). Un arrêt brutal perd au plus la file.
/// </summary>
public static class JournalRecherchesAides
{
    public static readonly TimeSpan Intervalle = TimeSpan.FromSeconds(10);
    private const int Paquet = 500;

    private sealed class File
    {
        public ConcurrentQueue<RechercheAide> Recherches { get; } = new();
        public long ProchaineEcriture;
        public int EcritureEnCours;
    }

    private static readonly ConcurrentDictionary<string, File> Files = new(StringComparer.Ordinal);

    /// <summary>Note une recherche (texte non vide) ; écrit la file si elle est longue ou vieille.</summary>
    public static Task NoterAsync(PilotisDbContext db, string? texte, int resultats, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return NoterAsync(
            db.Database.GetConnectionString() ?? "",
            DateOnly.FromDateTime(db.Horloge.GetLocalNow().DateTime),
            () => db,
            texte,
            resultats,
            ct
        );
    }

    /// <summary>
    /// <inheritdoc cref="NoterAsync(PilotisDbContext, string, int, CancellationToken)"/> La base est nommée par sa
    /// chaîne (<see cref="Base.CleBase"/>) ; <paramref name="contexte"/> n'est appelé que pour écrire la file.
    /// </summary>
    public static async Task NoterAsync(
        string cle,
        DateOnly jour,
        Func<PilotisDbContext> contexte,
        string? texte,
        int resultats,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(contexte);
        if (string.IsNullOrWhiteSpace(texte))
            return;
        var t = texte.Trim();
        if (t.Length > RechercheAide.LongueurTexteMaximum)
            t = t[..RechercheAide.LongueurTexteMaximum];
        var file = Files.GetOrAdd(cle, _ => new File());
        file.Recherches.Enqueue(
            new RechercheAide
            {
                Jour = jour,
                Texte = t,
                Resultats = resultats,
            }
        );
        var maintenant = Environment.TickCount64;
        if (file.Recherches.Count >= Paquet || maintenant >= Interlocked.Read(ref file.ProchaineEcriture))
            await EcrireAsync(contexte(), file, ct);
    }

    /// <summary>Écrit tout ce qui attend (page des indicateurs, tests).</summary>
    public static Task ViderAsync(PilotisDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Files.TryGetValue(db.Database.GetConnectionString() ?? "", out var file)
            ? EcrireAsync(db, file, ct)
            : Task.CompletedTask;
    }

    private static async Task EcrireAsync(PilotisDbContext db, File file, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref file.EcritureEnCours, 1) == 1)
            return;
        try
        {
            Interlocked.Exchange(
                ref file.ProchaineEcriture,
                Environment.TickCount64 + (long)Intervalle.TotalMilliseconds
            );
            var lot = new List<RechercheAide>();
            while (file.Recherches.TryDequeue(out var r))
                lot.Add(r);
            if (lot.Count == 0)
                return;
            // Un compteur, pas une écriture métier : il ne va pas au journal des écritures.
            db.JournalDetailleSuspendu = true;
            try
            {
                db.AddRange(lot);
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.JournalDetailleSuspendu = false;
                foreach (var r in lot)
                    db.Entry(r).State = EntityState.Detached;
            }
        }
        finally
        {
            Interlocked.Exchange(ref file.EcritureEnCours, 0);
        }
    }
}
