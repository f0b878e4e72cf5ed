using Pilotis.Domain.Financement;

namespace Pilotis.Domain.Tests.Financement;

/// <summary>
/// La syntaxe d'aides-territoires (virgules = OU, espaces = ET) et l'application des synonymes (expression la plus
/// longue d'abord), avec un analyseur simple (mots en minuscules) : l'analyse française est testée côté données.
/// </summary>
public class AnalyseRequeteTests
{
    private static IReadOnlyList<string> Mots(string t) =>
        t.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly GroupeSynonymes[] Synonymes =
    [
        new([
            ["plai"],
            ["pret", "locatif", "aide", "integration"],
        ]),
        new([
            ["lls"],
            ["logement", "social"],
            ["logement", "locatif", "social"],
        ]),
    ];

    private static string Forme(RequeteAides r) =>
        string.Join(
            " | ",
            r.Groupes.Select(g =>
                string.Join(
                    " & ",
                    g.Select(c => "(" + string.Join(" / ", c.Alternatives.Select(a => string.Join("+", a))) + ")")
                )
            )
        );

    [Theory]
    [InlineData("", "")]
    [InlineData("   ,  , ", "")]
    [InlineData("vefa", "(vefa)")]
    [InlineData("surcharge fonciere", "(surcharge) & (fonciere)")]
    [InlineData("vefa, brs", "(vefa) | (brs)")]
    [InlineData("surcharge PLAI", "(surcharge) & (plai / pret+locatif+aide+integration)")]
    [InlineData("prêt locatif aidé intégration", "(prêt) & (locatif) & (aidé) & (intégration)")]
    [InlineData("pret locatif aide integration", "(plai / pret+locatif+aide+integration)")]
    // L'expression la plus longue l'emporte : « logement locatif social » plutôt que « logement » seul.
    [InlineData("logement locatif social", "(lls / logement+social / logement+locatif+social)")]
    [InlineData(
        "logement social, plai",
        "(lls / logement+social / logement+locatif+social) | (plai / pret+locatif+aide+integration)"
    )]
    [InlineData("logement", "(logement)")]
    public void La_requete_est_decoupee_et_les_synonymes_appliques(string texte, string attendu) =>
        Assert.Equal(attendu, Forme(AnalyseRequete.Construire(texte, Mots, Synonymes)));
}
