using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>docs/STATUTS.md reproduit le parcours d'un logement à attribuer généré depuis la table du domaine.
/// </summary>
public sealed class StatutsAttributionDocumentesTests
{
    [Fact]
    public void Statuts_md_contient_la_table_des_transitions_d_attribution()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Pilotis.slnx")))
            dossier = dossier.Parent;
        Assert.NotNull(dossier);
        var texte = File.ReadAllText(Path.Combine(dossier.FullName, "docs", "STATUTS.md")).ReplaceLineEndings("\n");
        var attendu = TransitionsAttribution.EnMarkdown().ReplaceLineEndings("\n");
        Assert.True(
            texte.Contains(attendu, StringComparison.Ordinal),
            "docs/STATUTS.md ne reproduit pas la table. Attendu :\n" + attendu
        );
    }
}
