using Pilotis.Domain.Financement;

namespace Pilotis.Domain.Tests.Financement;

/// <summary>Le score textuel : ET dans un groupe, OU entre groupes, champ le plus fort, expressions
/// moyennées.</summary>
public class PoidsRechercheTests
{
    private static int Score(string requete, string champs)
    {
        // champs : « racine=poids » séparés par des espaces.
        var poids = champs
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('='))
            .ToDictionary(c => c[0], c => int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture));
        var r = AnalyseRequete.Construire(
            requete,
            t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            [
                new GroupeSynonymes([
                    ["plai"],
                    ["pret", "locatif", "aide"],
                ]),
            ]
        );
        return PoidsRecherche.ScoreTexte(r, x => poids.GetValueOrDefault(x));
    }

    [Theory]
    [InlineData("vefa", "vefa=8", 8)]
    [InlineData("vefa", "autre=8", 0)]
    [InlineData("vefa foncier", "vefa=8 foncier=1", 9)]
    // ET : un mot absent et le groupe ne vaut rien.
    [InlineData("vefa foncier", "vefa=8", 0)]
    // OU : chaque groupe satisfait compte.
    [InlineData("vefa, foncier", "vefa=8", 8)]
    [InlineData("vefa, foncier", "vefa=8 foncier=4", 12)]
    // Synonyme : le sigle ou l'expression entière (moyenne de ses mots), la meilleure des deux.
    [InlineData("plai", "pret=8 locatif=8 aide=1", 5)]
    [InlineData("plai", "plai=1 pret=8 locatif=8 aide=8", 8)]
    [InlineData("plai", "pret=8 locatif=8", 0)]
    public void Le_score_suit_les_regles(string requete, string champs, int attendu) =>
        Assert.Equal(attendu, Score(requete, champs));

    [Theory]
    [InlineData(ProximiteTerritoire.Local, 5)]
    [InlineData(ProximiteTerritoire.Departement, 4)]
    [InlineData(ProximiteTerritoire.Region, 2)]
    [InlineData(ProximiteTerritoire.National, 1)]
    [InlineData(ProximiteTerritoire.Aucune, 0)]
    public void Le_territoire_de_l_utilisateur_passe_devant(ProximiteTerritoire p, int bonus) =>
        Assert.Equal(bonus, PoidsRecherche.BonusTerritoire(p));

    [Fact]
    public void Le_nom_pese_plus_que_categories_et_titre_qui_pesent_plus_que_la_description() =>
        Assert.True(
            PoidsRecherche.Nom > PoidsRecherche.CategoriesEtTitreCourt
                && PoidsRecherche.CategoriesEtTitreCourt > PoidsRecherche.DescriptionEtEligibilite
        );
}
