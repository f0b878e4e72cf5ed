using Microsoft.EntityFrameworkCore;

namespace Pilotis.Data.Demande;

/// <summary>
/// Seuil du premier quartile gardé par base, EPCI et année (CCH L441-1 ; ADR 0020) : le recalculer lit toutes les
/// demandes actives de l'EPCI, et la liste des candidats d'un logement le demandait pour chaque logement. Le cache est
/// vidé dès qu'une demande ou un seuil officiel s'écrit par le contexte (<see cref="PilotisDbContext"/>), et par les
/// écritures en masse (import, cotation, échéances) ; une entrée vit au plus dix minutes. Sûr entre fils : une valeur
/// lue pendant une invalidation n'est pas gardée (génération).
/// </summary>
public static class CacheSeuilsQuartile
{
    private const long DureeMs = 10 * 60 * 1000;
    private const int TailleMaximum = 20_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<
        (string Base, string Epci, int Annee),
        (SeuilQuartile Seuil, long Expire)
    > Seuils = new();
    private static long generation;

    /// <summary>Le seuil de l'EPCI pour l'année, lu une fois puis gardé.</summary>
    public static async Task<SeuilQuartile> SeuilAsync(
        PilotisDbContext db,
        string epciSiren,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var cle = (db.Database.GetConnectionString() ?? "", epciSiren, annee);
        var maintenant = Environment.TickCount64;
        if (Seuils.TryGetValue(cle, out var garde) && garde.Expire > maintenant)
            return garde.Seuil;
        var avant = Interlocked.Read(ref generation);
        var seuil = await RequetesDemande.SeuilQuartileAsync(db, epciSiren, annee, ct);
        if (Seuils.Count > TailleMaximum)
            Seuils.Clear();
        if (Interlocked.Read(ref generation) == avant)
            Seuils[cle] = (seuil, maintenant + DureeMs);
        return seuil;
    }

    /// <summary>
    /// Les seuils de plusieurs EPCI pour l'année : ceux qui sont gardés, et les autres lus ensemble par
    /// <see cref="RequetesDemande.SeuilsQuartileAsync"/> (deux requêtes, pas une par EPCI) puis gardés. Le tableau des
    /// objectifs d'un département le demande à chaque affichage.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, SeuilQuartile>> SeuilsAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> sirens,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sirens);
        var baseCle = db.Database.GetConnectionString() ?? "";
        var maintenant = Environment.TickCount64;
        var resultat = new Dictionary<string, SeuilQuartile>(StringComparer.Ordinal);
        var manquants = new List<string>();
        foreach (var siren in sirens.Distinct(StringComparer.Ordinal))
        {
            if (Seuils.TryGetValue((baseCle, siren, annee), out var garde) && garde.Expire > maintenant)
                resultat[siren] = garde.Seuil;
            else
                manquants.Add(siren);
        }
        if (manquants.Count == 0)
            return resultat;
        var avant = Interlocked.Read(ref generation);
        var lus = await RequetesDemande.SeuilsQuartileAsync(db, manquants, annee, ct);
        if (Seuils.Count > TailleMaximum)
            Seuils.Clear();
        var garder = Interlocked.Read(ref generation) == avant;
        foreach (var (siren, seuil) in lus)
        {
            resultat[siren] = seuil;
            if (garder)
                Seuils[(baseCle, siren, annee)] = (seuil, maintenant + DureeMs);
        }
        return resultat;
    }

    /// <summary>Oublie tous les seuils gardés (une demande ou un seuil officiel a changé).</summary>
    public static void Invalider()
    {
        Interlocked.Increment(ref generation);
        Seuils.Clear();
    }
}
