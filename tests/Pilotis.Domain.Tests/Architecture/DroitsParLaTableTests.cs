using System.Text.RegularExpressions;

namespace Pilotis.Domain.Tests.Architecture;

/// <summary>
/// Qui peut lire, créer, importer ou instruire se lit dans la table des habilitations (docs/STATUTS.md), jamais dans un
/// test du type d'organisation écrit dans une page, un point d'API, une commande ou une règle du domaine : sinon la
/// table et l'écran divergent (le menu et la page d'import décidaient chacun « peut importer »).
/// </summary>
public partial class DroitsParLaTableTests
{
    // « acteur.Type == TypeOrganisation.Ddtm », « Type != TypeOrganisation.Bailleur », « Type is TypeOrganisation.X ».
    [GeneratedRegex(@"\.Type\s*(==|!=|is\s+(not\s+)?)\s*TypeOrganisation\.")]
    private static partial Regex TestDuType();

    // Le semis de démonstration choisit ses organisations par type : ce sont des données, pas des droits.
    private static readonly string[] Exceptions = ["src/Pilotis.Data/Demonstration/"];

    public static TheoryData<string> Dossiers() =>
        ["src/Pilotis.Web", "src/Pilotis.Domain", "src/Pilotis.Cli", "src/Pilotis.Data"];

    [Theory]
    [MemberData(nameof(Dossiers))]
    public void Aucun_droit_ne_teste_le_type_d_organisation(string dossier)
    {
        var fautes = SourcesDepot
            .Fichiers(dossier)
            .Where(f => !Exceptions.Any(e => SourcesDepot.Relatif(f).StartsWith(e, StringComparison.Ordinal)))
            .SelectMany(f => File.ReadLines(f).Select((ligne, i) => (f, i, ligne)))
            .Where(l => TestDuType().IsMatch(l.ligne))
            .Select(l => $"{SourcesDepot.Relatif(l.f)}:{l.i + 1}: {l.ligne.Trim()}")
            .ToList();
        Assert.True(
            fautes.Count == 0,
            "Ces lignes décident d'un droit par le type d'organisation ; ajoutez plutôt une ligne à Habilitations "
                + "(Acte.Creer, Importer, Instruire…) :\n"
                + string.Join("\n", fautes)
        );
    }

    [Fact]
    public void Le_detecteur_reconnait_un_test_du_type()
    {
        Assert.Matches(TestDuType(), "if (acteur.Type == TypeOrganisation.Ddtm)");
        Assert.Matches(TestDuType(), "o => o.Type != TypeOrganisation.Bailleur");
        Assert.Matches(TestDuType(), "acteur.Type is not TypeOrganisation.Epci");
        Assert.DoesNotMatch(TestDuType(), "Habilitations.PorteeAccordee(acteur, Ressource.Operations, Acte.Importer)");
    }
}
