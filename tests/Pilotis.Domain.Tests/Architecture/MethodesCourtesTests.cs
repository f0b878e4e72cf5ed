using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pilotis.Domain.Tests.Architecture;

/// <summary>
/// Aucune méthode de plus de 80 lignes (ticket 15) : au-delà, le lecteur ne suit plus les étapes ; on découpe en tests
/// nommés par comportement ou en étapes nommées. La mesure est celle de scripts/mesures-code.py, faite ici sur l'arbre
/// syntaxique : de la ligne de la signature (sans les attributs des lignes précédentes) à l'accolade fermante du corps,
/// ou au point-virgule d'un corps d'expression. Constructeurs, accesseurs et fonctions locales comptent aussi.
/// </summary>
public class MethodesCourtesTests
{
    private const int LignesMax = 80;

    public static TheoryData<string> Dossiers() => ["src", "tests", "bench"];

    [Theory]
    [MemberData(nameof(Dossiers))]
    public void Aucune_methode_ne_depasse_80_lignes(string dossier)
    {
        var fautes = SourcesDepot
            .Fichiers(dossier)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f =>
                Mesurer(File.ReadAllText(f))
                    .Where(m => m.Lignes > LignesMax)
                    .Select(m => $"{m.Lignes, 4} {SourcesDepot.Relatif(f)}:{m.Ligne} {m.Nom}")
            )
            .ToList();
        Assert.True(
            fautes.Count == 0,
            $"Ces méthodes dépassent {LignesMax} lignes ; découpez-les en tests nommés par comportement ou en étapes "
                + "nommées :\n"
                + string.Join("\n", fautes)
        );
    }

    [Fact]
    public void La_mesure_va_de_la_signature_a_la_fin_du_corps_sans_les_attributs()
    {
        const string source = """
            class C
            {
                [Fact]
                public void Bloc()
                {
                    var a = 1;
                }

                public static int Expression(int x) =>
                    x
                    + 1;

                private async Task Locale()
                {
                    static int Double(int y)
                    {
                        return 2 * y;
                    }
                    await Task.Yield();
                }

                public C() { }
            }
            """;
        Assert.Equal(
            [("Bloc", 4, 4), ("Expression", 9, 3), ("Locale", 13, 8), ("Double", 15, 4), ("C", 22, 1)],
            Mesurer(source).Select(m => (m.Nom, m.Ligne, m.Lignes))
        );
    }

    /// <summary>Chaque méthode, constructeur, accesseur ou fonction locale : nom, 1re ligne (à 1) et taille.</summary>
    public static IEnumerable<(string Nom, int Ligne, int Lignes)> Mesurer(string source)
    {
        var arbre = CSharpSyntaxTree.ParseText(source);
        foreach (var noeud in arbre.GetRoot().DescendantNodes())
        {
            var nom = noeud switch
            {
                MethodDeclarationSyntax m => m.Identifier.Text,
                ConstructorDeclarationSyntax c => c.Identifier.Text,
                LocalFunctionStatementSyntax l => l.Identifier.Text,
                AccessorDeclarationSyntax a when a.Body is not null || a.ExpressionBody is not null => a.Keyword.Text,
                BaseMethodDeclarationSyntax b => b.Kind().ToString(),
                _ => null,
            };
            if (nom is null)
                continue;
            // Les attributs posés sur les lignes au-dessus ne comptent pas : le script part de la signature.
            var debut = noeud.ChildNodesAndTokens().First(e => !e.IsKind(SyntaxKind.AttributeList)).SpanStart;
            var premiere = arbre.GetLineSpan(new(debut, 0)).StartLinePosition.Line;
            var derniere = arbre.GetLineSpan(noeud.Span).EndLinePosition.Line;
            yield return (nom, premiere + 1, derniere - premiere + 1);
        }
    }
}
