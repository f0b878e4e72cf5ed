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
    /// elle passe <paramref name="avecFacettes"/> à <c>false</c> et ne paie pas leur comptage sur toutes les aides
    /// trouvées (le tiers du temps d'une recherche, relevé par dotnet-trace).
    /// </summary>
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
        var region = c.Departement is null
            ? null
            : index.Territoires.RegionDuDepartement.GetValueOrDefault(c.Departement);
        var trouvees = index
            .Trouver(requete)
            .Where(t => Garder(t.Aide, c, region, aujourdhui))
            .Select(t => (t.Aide, Score: t.Score + Bonus(index, t.Aide, c)))
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Aide.NomPlie, StringComparer.Ordinal)
            .ThenBy(t => t.Aide.Id)
            .Select(t => t.Aide)
            .ToList();
        var taille = Math.Max(1, c.Taille);
        var page = Math.Max(1, c.Page);
        return new ResultatRechercheAides(
            trouvees.Count,
            page,
            taille,
            trouvees.Skip((page - 1) * taille).Take(taille).ToList(),
            avecFacettes ? Facettes(trouvees, aujourdhui) : FacettesAides.Aucune
        );
    }

    private static bool Garder(AideIndexee a, CriteresAides c, string? region, DateOnly aujourdhui) =>
        (c.Departement is null || a.Portee.Couvre(c.Departement, region ?? ""))
        && (c.TypeAide is null || a.TypesAide.Contains(c.TypeAide, StringComparer.Ordinal))
        && (c.Financeur is null || a.Financeurs.Contains(c.Financeur, StringComparer.Ordinal))
        && (c.Public is null || a.PublicsCibles.Contains(c.Public, StringComparer.Ordinal))
        && (c.Perimetre is null || string.Equals(a.Perimetre, c.Perimetre, StringComparison.Ordinal))
        && (!c.OuvertesSeulement || a.OuverteLe(aujourdhui))
        && (c.EcheanceAvant is null || (a.DateEcheance is { } e && e <= c.EcheanceAvant && e >= aujourdhui))
        && (c.Locales is null || a.Locale == c.Locales);

    /// <summary>Aides au logement et aides du territoire de l'utilisateur d'abord (ADR 0022).</summary>
    private static int Bonus(IndexAides index, AideIndexee a, CriteresAides c) =>
        (a.Logement ? PoidsRecherche.BonusLogement : 0) + PoidsRecherche.BonusTerritoire(Proximite(index, a, c));

    public static ProximiteTerritoire Proximite(IndexAides index, AideIndexee a, CriteresAides c)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(c);
        var p = a.Portee;
        var departement = c.DepartementUtilisateur ?? c.Departement;
        if (departement is null)
            return ProximiteTerritoire.Aucune;
        if (
            (c.EpciUtilisateur is { } e && p.Epcis.Contains(e))
            || (c.CommuneUtilisateur is { } k && p.Communes.Contains(k))
        )
            return ProximiteTerritoire.Local;
        if (p.Departements.Contains(departement))
            return ProximiteTerritoire.Departement;
        var region = index.Territoires.RegionDuDepartement.GetValueOrDefault(departement);
        if (region is not null && p.Regions.Contains(region))
            return ProximiteTerritoire.Region;
        return p.National ? ProximiteTerritoire.National : ProximiteTerritoire.Aucune;
    }

    private static FacettesAides Facettes(List<AideIndexee> aides, DateOnly aujourdhui)
    {
        static List<(string, int)> Compter(IEnumerable<string> valeurs) =>
            valeurs
                .GroupBy(v => v, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(x => x.Item2)
                .ThenBy(x => x.Key, StringComparer.Ordinal)
                .ToList();
        return new FacettesAides(
            Compter(aides.Where(a => a.Perimetre is not null).Select(a => a.Perimetre!)),
            Compter(aides.SelectMany(a => a.TypesAide.Distinct())),
            Compter(aides.SelectMany(a => a.Financeurs.Distinct())),
            Compter(aides.SelectMany(a => a.PublicsCibles.Distinct())),
            aides.Count(a => a.OuverteLe(aujourdhui)),
            aides.Count(a => a.DateEcheance is { } e && e >= aujourdhui && e <= aujourdhui.AddMonths(3))
        );
    }
}
