using System.Buffers;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement;

/// <summary>
/// Le score textuel de toutes les aides d'un coup, dans un tableau dense indexé par la position de l'aide dans
/// l'index. Même règle que <see cref="PoidsRecherche.ScoreTexte"/> (un test compare les deux sur le catalogue),
/// calculée sur les listes de racines au lieu d'interroger chaque aide : une requête coûte la longueur de ses listes
/// plus quelques passes linéaires sur le tableau, sans dictionnaire ni fermeture par aide (ADR 0022, révision du
/// 7 décembre).
/// </summary>
public static class NotationAides
{
    /// <summary>
    /// Ajoute à <paramref name="scores"/> (au moins <paramref name="nombre"/> cases à zéro) le score de chaque aide.
    /// <paramref name="dense"/> rend, s'il est gardé, le tableau de poids dense d'une racine fréquente.
    /// </summary>
    public static void Noter(
        RequeteAides requete,
        Func<string, ListeRacine?> liste,
        Func<string, byte[]?> dense,
        int nombre,
        int[] scores
    )
    {
        ArgumentNullException.ThrowIfNull(requete);
        ArgumentNullException.ThrowIfNull(liste);
        ArgumentNullException.ThrowIfNull(dense);
        ArgumentNullException.ThrowIfNull(scores);
        var groupe = ArrayPool<int>.Shared.Rent(nombre);
        var clause = ArrayPool<int>.Shared.Rent(nombre);
        try
        {
            foreach (var g in requete.Groupes)
            {
                if (g.Count == 0)
                    continue;
                for (var k = 0; k < g.Count; k++)
                {
                    var cible = k == 0 ? groupe : clause;
                    Array.Clear(cible, 0, nombre);
                    foreach (var alternative in g[k].Alternatives)
                        NoterAlternative(alternative, liste, dense, cible, nombre);
                    if (k > 0)
                        Combiner(groupe, clause, nombre);
                }
                for (var i = 0; i < nombre; i++)
                    scores[i] += groupe[i];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(groupe);
            ArrayPool<int>.Shared.Return(clause);
        }
    }

    /// <summary>Une clause de plus dans le groupe : l'aide garde sa somme si elle répond aussi à celle-ci, sinon
    /// 0.</summary>
    private static void Combiner(int[] groupe, int[] clause, int nombre)
    {
        for (var i = 0; i < nombre; i++)
            groupe[i] = groupe[i] == 0 || clause[i] == 0 ? 0 : groupe[i] + clause[i];
    }

    /// <summary>
    /// Une alternative (racines toutes présentes) : sa valeur, la moyenne des poids de ses racines, garde le maximum
    /// dans <paramref name="meilleure"/>. La plus courte liste mène ; les autres sont vues par un tableau de poids
    /// dense, gardé par l'index pour une racine fréquente, loué et rempli sinon.
    /// </summary>
    private static void NoterAlternative(
        IReadOnlyList<string> racines,
        Func<string, ListeRacine?> liste,
        Func<string, byte[]?> dense,
        int[] meilleure,
        int nombre
    )
    {
        if (racines.Count == 0)
            return;
        var listes = new ListeRacine[racines.Count];
        var menante = 0;
        for (var j = 0; j < racines.Count; j++)
        {
            if (liste(racines[j]) is not { } l)
                return;
            listes[j] = l;
            if (l.Aides.Length < listes[menante].Aides.Length)
                menante = j;
        }
        var tete = listes[menante];
        if (racines.Count == 1)
        {
            for (var i = 0; i < tete.Aides.Length; i++)
                Garder(meilleure, tete.Aides[i], Math.Max(1, (int)tete.Poids[i]));
            return;
        }
        var denses = new byte[]?[racines.Count];
        var loues = new bool[racines.Count];
        try
        {
            for (var j = 0; j < racines.Count; j++)
            {
                if (j == menante)
                    continue;
                denses[j] = dense(racines[j]);
                if (denses[j] is null)
                {
                    denses[j] = Dense(listes[j], nombre);
                    loues[j] = true;
                }
            }
            for (var i = 0; i < tete.Aides.Length; i++)
            {
                var aide = tete.Aides[i];
                var somme = (int)tete.Poids[i];
                for (var j = 0; j < racines.Count && somme > 0; j++)
                    if (j != menante)
                        somme = denses[j]![aide] is var p and > 0 ? somme + p : 0;
                if (somme > 0)
                    // Une expression de plusieurs mots vaut la moyenne de ses mots (PoidsRecherche).
                    Garder(meilleure, aide, Math.Max(1, somme / racines.Count));
            }
        }
        finally
        {
            for (var j = 0; j < racines.Count; j++)
                if (loues[j])
                    ArrayPool<byte>.Shared.Return(denses[j]!);
        }
    }

    private static void Garder(int[] meilleure, int aide, int valeur)
    {
        if (valeur > meilleure[aide])
            meilleure[aide] = valeur;
    }

    private static byte[] Dense(ListeRacine l, int nombre)
    {
        var d = ArrayPool<byte>.Shared.Rent(nombre);
        Array.Clear(d, 0, nombre);
        for (var i = 0; i < l.Aides.Length; i++)
            d[l.Aides[i]] = l.Poids[i];
        return d;
    }
}
