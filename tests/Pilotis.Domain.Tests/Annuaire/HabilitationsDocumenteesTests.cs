using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Tests.Annuaire;

/// <summary>La table des habilitations publiée dans docs/STATUTS.md doit être exactement celle du code.</summary>
public class HabilitationsDocumenteesTests
{
    public static string TableMarkdown()
    {
        var types = Enum.GetValues<TypeOrganisation>();
        var lignes = new List<string>
        {
            "| Ressource | Acte | " + string.Join(" | ", types.Select(t => t.ToString())) + " |",
            "|---|---|" + string.Concat(types.Select(_ => "---|")),
        };
        var table = Habilitations.Lignes().ToList();
        foreach (var ressource in Enum.GetValues<Ressource>())
        {
            foreach (var acte in Enum.GetValues<Acte>())
            {
                var portees = types
                    .Select(t => table.Single(l => l.Type == t && l.Ressource == ressource && l.Acte == acte).Portee)
                    .ToList();
                // Les actes particuliers (créer, importer, instruire) ne sont montrés que là où un type les détient.
                if (acte is not (Acte.Lire or Acte.Modifier) && portees.All(p => p == Portee.Aucune))
                    continue;
                lignes.Add(
                    $"| {ressource} | {acte} (rôle minimal : {Habilitations.RoleMinimal(ressource, acte)}) | "
                        + string.Join(" | ", portees)
                        + " |"
                );
            }
        }
        return string.Join("\n", lignes);
    }

    [Fact]
    public void La_documentation_reproduit_la_table_du_code()
    {
        var chemin = Path.Combine(RacineDepot(), "docs", "STATUTS.md");
        var doc = File.ReadAllText(chemin).Replace("\r\n", "\n", StringComparison.Ordinal);
        var attendu = TableMarkdown();
        Assert.True(
            doc.Contains(attendu, StringComparison.Ordinal),
            "docs/STATUTS.md ne reproduit pas la table des habilitations. Table attendue :\n" + attendu
        );
    }

    private static string RacineDepot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Pilotis.slnx")))
                return d.FullName;
        }
        throw new InvalidOperationException("Racine du dépôt introuvable.");
    }
}
