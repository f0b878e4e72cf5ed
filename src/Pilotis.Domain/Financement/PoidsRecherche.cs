namespace Pilotis.Domain.Financement;

/// <summary>
/// Pertinence d'une aide pour une requête (ADR 0022) : le nom pèse plus que les catégories et le titre court, qui
/// pèsent plus que la description et les conditions d'éligibilité ; les aides au logement et celles du territoire de
/// l'utilisateur passent devant à pertinence textuelle égale ou proche.
/// </summary>
public static class PoidsRecherche
{
    public const int Nom = 8;
    public const int CategoriesEtTitreCourt = 4;
    public const int DescriptionEtEligibilite = 1;

    /// <summary>Bonus d'une aide dont une catégorie relève du logement ou de l'habitat.</summary>
    public const int BonusLogement = 6;

    /// <summary>Bonus selon la proximité du périmètre avec le territoire de l'utilisateur.</summary>
    public static int BonusTerritoire(ProximiteTerritoire proximite) =>
        proximite switch
        {
            ProximiteTerritoire.Local => 5,
            ProximiteTerritoire.Departement => 4,
            ProximiteTerritoire.Region => 2,
            ProximiteTerritoire.National => 1,
            _ => 0,
        };

    /// <summary>
    /// Score textuel : 0 si l'aide ne répond à aucun groupe ; sinon la somme des groupes satisfaits, un groupe valant
    /// la somme de ses clauses, une clause la meilleure de ses alternatives, une alternative la somme des poids de ses
    /// racines (le poids d'une racine est celui du champ le plus fort qui la porte, 0 si absente).
    /// </summary>
    public static int ScoreTexte(RequeteAides requete, Func<string, int> poidsRacine)
    {
        ArgumentNullException.ThrowIfNull(requete);
        ArgumentNullException.ThrowIfNull(poidsRacine);
        var total = 0;
        foreach (var groupe in requete.Groupes)
        {
            var score = 0;
            foreach (var clause in groupe)
            {
                var meilleure = clause.Alternatives.Select(a => ScoreAlternative(a, poidsRacine)).Max();
                if (meilleure == 0)
                {
                    score = 0;
                    break;
                }
                score += meilleure;
            }
            total += score;
        }
        return total;
    }

    private static int ScoreAlternative(IReadOnlyList<string> racines, Func<string, int> poidsRacine)
    {
        var somme = 0;
        foreach (var r in racines)
        {
            var p = poidsRacine(r);
            if (p == 0)
                return 0;
            somme += p;
        }
        // Une expression de plusieurs mots vaut la moyenne de ses mots : PLAI écrit en toutes lettres ne pèse pas
        // quatre fois plus que le sigle.
        return racines.Count == 0 ? 0 : Math.Max(1, somme / racines.Count);
    }
}
