using Pilotis.Data.Financement;

namespace Pilotis.Web.Tests.Financement;

/// <summary>
/// L'import nettoie chaque champ HTML et en lit le texte en une seule analyse
/// (<see cref="NettoyageHtml.NettoyerAvecTexte"/>) : le HTML gardé est exactement celui du nettoyage seul, et les
/// racines de recherche sont celles du texte relu dans le HTML nettoyé (la voie des saisies locales).
/// </summary>
public sealed class NettoyageHtmlTests
{
    public static TheoryData<string> Champs =>
        [
            "<p>PLAI</p><p>PLUS</p>",
            "<p>Prêt <strong>foncier</strong> pour la surcharge foncière<br>en VEFA</p>",
            "<script>alert(1)</script><p onclick=\"x()\">Bailleurs sociaux</p>",
            "<a href=\"javascript:alert(1)\">lien</a> <a href=\"https://exemple.fr\">Banque des Territoires</a>",
            "<ul><li>Acquisition-amélioration</li><li>démolition-reconstruction</li></ul>",
            "texte sans balise &amp; une esperluette, l'élision d'intégration",
            "<div style=\"color:red\" class=\"x\"><p>Œuvre <em>sociale</em></p><img src=x onerror=y></div>",
            "<p>non fermé <b>gras",
        ];

    [Theory]
    [MemberData(nameof(Champs))]
    public void Une_analyse_donne_le_meme_html_et_les_memes_racines_que_deux(string html)
    {
        var (propre, texte) = NettoyageHtml.NettoyerAvecTexte(html);
        var attendu = NettoyageHtml.Nettoyer(html);
        Assert.Equal(attendu, propre);
        Assert.Equal(AnalyseurFrancais.Racines(NettoyageHtml.Texte(attendu)), AnalyseurFrancais.Racines(texte));
        Assert.DoesNotContain("script", propre!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", propre!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Un_champ_vide_ne_donne_rien()
    {
        Assert.Equal((null, ""), NettoyageHtml.NettoyerAvecTexte("  "));
        Assert.Null(NettoyageHtml.Nettoyer(null));
    }
}
