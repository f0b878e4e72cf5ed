extern alias cli;

using Commandes = cli::Pilotis.Cli.Commandes;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Les imports de fichier de « pilotis import » sont déclarés par un seul assistant (Commandes.CommandeImport) : même
/// argument « fichier », obligatoire, et une action ; la liste des sous-commandes ne change pas.
/// </summary>
public sealed class CommandesImportTests
{
    private static readonly string[] ImportsDeFichier =
    [
        "demandes",
        "attributions",
        "logements",
        "liberations",
        "aides",
        "foncier",
        "outils-fonciers",
    ];

    [Fact]
    public void Chaque_import_de_fichier_a_son_argument_fichier_et_son_action()
    {
        var import = Commandes.Import();
        var noms = import.Subcommands.Select(c => c.Name).ToList();
        Assert.Equal(["territoires", "attributs", "operations", .. ImportsDeFichier], noms);
        foreach (var nom in ImportsDeFichier)
        {
            var commande = import.Subcommands.Single(c => c.Name == nom);
            Assert.Equal("fichier", Assert.Single(commande.Arguments).Name);
            Assert.NotNull(commande.Action);
            Assert.False(string.IsNullOrWhiteSpace(commande.Description));
            Assert.NotEmpty(import.Parse($"{nom}").Errors);
            Assert.Empty(import.Parse($"{nom} fichier.csv").Errors);
        }
    }
}
