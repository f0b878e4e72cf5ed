using System.Collections.Concurrent;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// Compte les essais de connexion par courriel saisi (qu'un compte existe ou non) et dit combien attendre avant le
/// prochain (<see cref="DelaiConnexion"/>). Chaque essai est compté d'avance, d'un seul échange atomique qui vérifie
/// aussi le délai : vingt essais simultanés sur un même courriel ne passent pas tous pendant que le premier vérifie son
/// mot de passe. Un succès efface le compteur. L'état est en mémoire, propre au processus (une seule instance de
/// Pilotis par base, voir docs/adr/0012-durcissement.md).
/// </summary>
public sealed class RalentissementConnexion(TimeProvider horloge)
{
    private sealed record Etat(int Essais, DateTimeOffset Dernier);

    private readonly ConcurrentDictionary<string, Etat> _etats = new(StringComparer.Ordinal);

    /// <summary>Au-delà d'une heure sans essai, un compteur est oublié.</summary>
    private static readonly TimeSpan Oubli = TimeSpan.FromHours(1);

    /// <summary>
    /// Réserve un essai pour ce courriel : zéro si l'essai est permis (il est alors compté comme un échec jusqu'à
    /// <see cref="Succes"/>), sinon le temps qu'il reste à attendre (et rien n'est compté).
    /// </summary>
    public TimeSpan Essayer(string courriel)
    {
        var cle = Cle(courriel);
        while (true)
        {
            var maintenant = horloge.GetUtcNow();
            if (!_etats.TryGetValue(cle, out var etat))
            {
                if (_etats.TryAdd(cle, new Etat(1, maintenant)))
                {
                    OublierSiTropPlein(maintenant);
                    return TimeSpan.Zero;
                }
                continue;
            }
            var essais = maintenant - etat.Dernier > Oubli ? 0 : etat.Essais;
            var reste = etat.Dernier + DelaiConnexion.Apres(essais) - maintenant;
            if (reste > TimeSpan.Zero)
                return reste;
            if (_etats.TryUpdate(cle, new Etat(essais + 1, maintenant), etat))
                return TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Le temps qu'il reste à attendre avant le prochain essai sur ce courriel (zéro s'il est permis).
    /// </summary>
    public TimeSpan Attente(string courriel)
    {
        if (!_etats.TryGetValue(Cle(courriel), out var etat))
            return TimeSpan.Zero;
        var reste = etat.Dernier + DelaiConnexion.Apres(etat.Essais) - horloge.GetUtcNow();
        return reste > TimeSpan.Zero ? reste : TimeSpan.Zero;
    }

    /// <summary>Connexion réussie, ou ralentissement levé par un administrateur : le compteur repart de zéro.</summary>
    public void Succes(string courriel) => _etats.TryRemove(Cle(courriel), out _);

    private void OublierSiTropPlein(DateTimeOffset maintenant)
    {
        if (_etats.Count <= 10_000)
            return;
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
