using System.Buffers;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement;

/// <summary>
/// La recherche d'aides (pages /aides, API publique /api/v1/aides) : texte, filtres, classement, facettes, page.
/// Tout est calculé sur l'index en mémoire (<see cref="IndexAides"/>), donc identique sur SQLite et PostgreSQL.
/// </summary>
public static class RechercheAides
{
    /// <summary>
    /// Les aides de la page demandée, leur nombre et, pour la page du catalogue, les facettes. L'API n'en montre pas :
    /// elle passe <paramref name="avecFacettes"/> à <c>false</c> et ne paie pas leur comptage.
    /// </summary>
    /// <remarks>
    /// Une passe sur les aides de l'index (ADR 0022, révision du 7 décembre) : le score textuel est un tableau dense
    /// (<see cref="IndexAides.Noter"/>), la proximité au département est calculée une fois par département, et l'ordre
    /// (score décroissant, nom, identifiant) se ramène au tri d'entiers longs : aucune chaîne comparée par requête.
    /// </remarks>
    public static ResultatRechercheAides Rechercher(
        IndexAides index,
        CriteresAides c,
        DateOnly aujourdhui,
        bool avecFacettes = true
    )
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(c);
        var requete = index.Analyser(c.Texte);
        var n = index.Nombre;
        var scores = requete.Vide ? null : ArrayPool<int>.Shared.Rent(n);
        var cles = ArrayPool<long>.Shared.Rent(Math.Max(1, n));
        try
        {
            if (scores is not null)
            {
                Array.Clear(scores, 0, n);
                index.Noter(requete, scores);
            }
            var trouvees = Classer(index, c, aujourdhui, scores, cles);
            var taille = Math.Max(1, c.Taille);
            var page = Math.Max(1, c.Page);
            var debut = (int)Math.Min(trouvees, (long)(page - 1) * taille);
            var fin = (int)Math.Min(trouvees, (long)debut + taille);
            var premieres = Premieres(cles, trouvees, fin);
            var aides = new List<AideIndexee>(fin - debut);
            for (var i = debut; i < fin; i++)
                aides.Add(index.Aide(index.AideDuRang((int)(premieres[i] & uint.MaxValue))));
            return new ResultatRechercheAides(
                trouvees,
                page,
                taille,
                aides,
                avecFacettes ? Facettes(index, cles, trouvees, aujourdhui) : FacettesAides.Aucune
            );
        }
        finally
        {
            if (scores is not null)
                ArrayPool<int>.Shared.Return(scores);
            ArrayPool<long>.Shared.Return(cles);
        }
    }

    /// <summary>
    /// Range dans <paramref name="cles"/> une clé par aide trouvée et gardée par les filtres : score total (texte et
    /// bonus) décroissant en poids fort, rang du nom en poids faible ; rend leur nombre.
    /// </summary>
    private static int Classer(IndexAides index, CriteresAides c, DateOnly aujourdhui, int[]? scores, long[] cles)
    {
        var couverture = c.Departement is null ? null : index.Proximites(c.Departement);
        var departementUtilisateur = c.DepartementUtilisateur ?? c.Departement;
        var proximites = departementUtilisateur is null ? null : index.Proximites(departementUtilisateur);
        var filtres = c.AvecFiltres;
        var local = c.EpciUtilisateur is not null || c.CommuneUtilisateur is not null;
        var m = 0;
        for (var i = 0; i < index.Nombre; i++)
        {
            var texte = scores?[i] ?? 0;
            if (scores is not null && texte == 0)
                continue;
            if (couverture is not null && couverture[i] == ProximiteTerritoire.Aucune)
                continue;
            // Les champs de l'aide ne sont lus que si un filtre ou le territoire local le demande : parcourir
            // les objets des 10 000 aides coûtait plus que la notation.
            if (filtres && !Garder(index.Aide(i), c, aujourdhui))
                continue;
            var proximite =
                proximites is null ? ProximiteTerritoire.Aucune
                : local && EstLocale(index.Aide(i), c) ? ProximiteTerritoire.Local
                : proximites[i];
            var score =
                texte
                + (index.Logement(i) ? PoidsRecherche.BonusLogement : 0)
                + PoidsRecherche.BonusTerritoire(proximite);
            cles[m++] = ((long)(int.MaxValue - score) << 32) | (uint)index.RangNom(i);
        }
        return m;
    }

    /// <summary>
    /// Les <paramref name="nombre"/> plus petites clés, triées : un tas des meilleures vues suffit quand la page ne
    /// montre qu'une petite partie des aides trouvées (le tri complet coûtait plus que la notation).
    /// </summary>
    private static long[] Premieres(long[] cles, int trouvees, int nombre)
    {
        if (nombre * 4L >= trouvees)
        {
            var toutes = cles[..trouvees];
            Array.Sort(toutes);
            return toutes;
        }
        // File dont la tête est la plus grande clé gardée : une clé plus petite la remplace.
        var tas = new PriorityQueue<long, long>(nombre, Comparer<long>.Create((a, b) => b.CompareTo(a)));
        for (var i = 0; i < trouvees; i++)
        {
            if (tas.Count < nombre)
                tas.Enqueue(cles[i], cles[i]);
            else if (cles[i] < tas.Peek())
                tas.EnqueueDequeue(cles[i], cles[i]);
        }
        var resultat = new long[tas.Count];
        for (var i = resultat.Length - 1; i >= 0; i--)
            resultat[i] = tas.Dequeue();
        return resultat;
    }

    private static bool Garder(AideIndexee a, CriteresAides c, DateOnly aujourdhui) =>
        (c.TypeAide is null || a.TypesAide.Contains(c.TypeAide, StringComparer.Ordinal))
        && (c.Financeur is null || a.Financeurs.Contains(c.Financeur, StringComparer.Ordinal))
        && (c.Public is null || a.PublicsCibles.Contains(c.Public, StringComparer.Ordinal))
        && (c.Perimetre is null || string.Equals(a.Perimetre, c.Perimetre, StringComparison.Ordinal))
        && (!c.OuvertesSeulement || a.OuverteLe(aujourdhui))
        && (c.EcheanceAvant is null || (a.DateEcheance is { } e && e <= c.EcheanceAvant && e >= aujourdhui))
        && (c.Locales is null || a.Locale == c.Locales);

    private static bool EstLocale(AideIndexee a, CriteresAides c) =>
        (c.EpciUtilisateur is { } e && a.Portee.Epcis.Contains(e))
        || (c.CommuneUtilisateur is { } k && a.Portee.Communes.Contains(k));

    private static FacettesAides Facettes(IndexAides index, long[] cles, int nombre, DateOnly aujourdhui)
    {
        var aides = new int[nombre];
        for (var i = 0; i < nombre; i++)
            aides[i] = index.AideDuRang((int)(cles[i] & uint.MaxValue));
        return new FacettesAides(
            index.Perimetres.Compter(aides),
            index.TypesAide.Compter(aides),
            index.Financeurs.Compter(aides),
            index.Publics.Compter(aides),
            aides.Count(i => index.OuverteLe(i, aujourdhui)),
            aides.Count(i => index.EcheanceEntre(i, aujourdhui, aujourdhui.AddMonths(3)))
        );
    }
}
