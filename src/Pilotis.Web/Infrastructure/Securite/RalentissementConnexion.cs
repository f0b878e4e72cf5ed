using System.Collections.Concurrent;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// Compte les échecs de connexion par courriel saisi (existant ou non) et dit combien attendre avant le prochain essai
/// (<see cref="DelaiConnexion"/>). L'état est en mémoire, partagé par tout le processus ; chaque mise à jour est
/// atomique, si bien que des essais simultanés sont tous comptés. Un succès efface le compteur.
/// </summary>
public sealed class RalentissementConnexion(TimeProvider horloge)
{
    private sealed record Etat(int Echecs, DateTimeOffset Dernier);

    private readonly ConcurrentDictionary<string, Etat> _etats = new(StringComparer.Ordinal);

    /// <summary>Au-delà d'une heure sans essai, un compteur est oublié.</summary>
    private static readonly TimeSpan Oubli = TimeSpan.FromHours(1);

    /// <summary>Le temps qu'il reste à attendre avant d'essayer ce courriel ; zéro si l'essai est permis.</summary>
    public TimeSpan Attente(string courriel)
    {
        if (!_etats.TryGetValue(Cle(courriel), out var etat))
            return TimeSpan.Zero;
        var reste = etat.Dernier + DelaiConnexion.Apres(etat.Echecs) - horloge.GetUtcNow();
        return reste > TimeSpan.Zero ? reste : TimeSpan.Zero;
    }

    public void Echec(string courriel)
    {
        var maintenant = horloge.GetUtcNow();
        _etats.AddOrUpdate(
            Cle(courriel),
            _ => new Etat(1, maintenant),
            (_, e) => new Etat(maintenant - e.Dernier > Oubli ? 1 : e.Echecs + 1, maintenant)
        );
        if (_etats.Count > 10_000)
            Oublier(maintenant);
    }

    public void Succes(string courriel) => _etats.TryRemove(Cle(courriel), out _);

    private void Oublier(DateTimeOffset maintenant)
    {
        foreach (var (cle, etat) in _etats)
        {
            if (maintenant - etat.Dernier > Oubli)
                _etats.TryRemove(cle, out _);
        }
    }

    private static string Cle(string courriel) => courriel.Trim().ToUpperInvariant();

    /// <summary>Le message montré quand il faut attendre : le même que le compte existe ou non.</summary>
    public static string Message(TimeSpan attente)
    {
        var secondes = (int)Math.Ceiling(attente.TotalSeconds);
        var duree = secondes >= 120 ? $"{(int)Math.Ceiling(secondes / 60.0)} minutes" : $"{secondes} secondes";
        return $"Trop de tentatives infructueuses pour ce courriel : réessayez dans {duree}.";
    }
}
