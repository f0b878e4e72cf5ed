namespace Pilotis.Domain.Financement;

/// <summary>
/// Construit la requête d'une recherche d'aides : virgules = OU, espaces = ET (syntaxe d'aides-territoires), chaque mot
/// réduit à sa racine par l'analyseur (accents, casse, pluriels), chaque expression connue des synonymes remplacée
/// par toutes les expressions de son groupe (ADR 0022).
/// </summary>
public static class AnalyseRequete
{
    public static RequeteAides Construire(
        string? texte,
        Func<string, IReadOnlyList<string>> analyser,
        IReadOnlyList<GroupeSynonymes> synonymes
    )
    {
        ArgumentNullException.ThrowIfNull(analyser);
        ArgumentNullException.ThrowIfNull(synonymes);
        if (string.IsNullOrWhiteSpace(texte))
            return new RequeteAides([]);
        var groupes = new List<IReadOnlyList<ClauseRecherche>>();
        foreach (
            var morceau in texte.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        {
            var clauses = Clauses(analyser(morceau), synonymes);
            if (clauses.Count > 0)
                groupes.Add(clauses);
        }
        return new RequeteAides(groupes);
    }

    /// <summary>De gauche à droite, l'expression des synonymes la plus longue qui commence au mot courant.</summary>
    public static List<ClauseRecherche> Clauses(IReadOnlyList<string> racines, IReadOnlyList<GroupeSynonymes> synonymes)
    {
        ArgumentNullException.ThrowIfNull(racines);
        ArgumentNullException.ThrowIfNull(synonymes);
        var clauses = new List<ClauseRecherche>();
        var i = 0;
        while (i < racines.Count)
        {
            var longueur = 0;
            var alternatives = new List<IReadOnlyList<string>>();
            foreach (var groupe in synonymes)
            {
                var l = groupe
                    .Expressions.Where(e => Commence(racines, i, e))
                    .Select(e => e.Count)
                    .DefaultIfEmpty(0)
                    .Max();
                if (l == 0 || l < longueur)
                    continue;
                if (l > longueur)
                    alternatives.Clear();
                longueur = l;
                alternatives.AddRange(groupe.Expressions.Where(e => e.Count > 0));
            }
            if (longueur == 0)
            {
                clauses.Add(
                    new ClauseRecherche([
                        [racines[i]],
                    ])
                );
                i++;
                continue;
            }
            clauses.Add(new ClauseRecherche(Distinctes(alternatives)));
            i += longueur;
        }
        return clauses;
    }

    private static bool Commence(IReadOnlyList<string> racines, int debut, IReadOnlyList<string> expression) =>
        expression.Count > 0
        && debut + expression.Count <= racines.Count
        && expression.Select((r, k) => racines[debut + k] == r).All(x => x);

    private static List<IReadOnlyList<string>> Distinctes(List<IReadOnlyList<string>> alternatives) =>
        alternatives.GroupBy(a => string.Join(' ', a), StringComparer.Ordinal).Select(g => g.First()).ToList();
}
