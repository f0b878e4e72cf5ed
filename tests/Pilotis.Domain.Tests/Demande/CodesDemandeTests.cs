using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Demande;

/// <summary>Codes d'échange des demandes (docs/formats/demandes.md) : complets, uniques, documentés, lus sans la
/// casse.</summary>
public sealed class CodesDemandeTests
{
    private static IEnumerable<(string Table, IEnumerable<string> Codes)> Tables() =>
        [
            ("statut", CodesDemande.Statuts.Select(t => t.Code)),
            ("motif_radiation", CodesDemande.MotifsRadiation.Select(t => t.Code)),
            ("liens", CodesDemande.Liens.Select(t => t.Code)),
            ("situation_logement", CodesDemande.Situations.Select(t => t.Code)),
            ("motifs", CodesDemande.Motifs.Select(t => t.Code)),
            ("typologies", CodesDemande.TypologiesCodes.Select(t => t.Code)),
            ("criteres_prioritaires", CodesDemande.Criteres.Select(t => t.Code)),
            ("oui/non", CodesDemande.Booleens.Select(t => t.Code)),
        ];

    [Fact]
    public void Chaque_valeur_de_chaque_enumeration_a_un_code()
    {
        Assert.Equal(Enum.GetValues<StatutDemande>().Order(), CodesDemande.Statuts.Select(t => t.Valeur).Order());
        Assert.Equal(
            Enum.GetValues<MotifRadiation>().Order(),
            CodesDemande.MotifsRadiation.Select(t => t.Valeur).Order()
        );
        Assert.Equal(Enum.GetValues<LienMembre>().Order(), CodesDemande.Liens.Select(t => t.Valeur).Order());
        Assert.Equal(
            Enum.GetValues<SituationLogement>().Order(),
            CodesDemande.Situations.Select(t => t.Valeur).Order()
        );
        // Drapeaux : chaque valeur d'un seul bit (hors « aucun »).
        Assert.Equal(
            Enum.GetValues<MotifsDemande>().Where(v => v != MotifsDemande.Aucun).Order(),
            CodesDemande.Motifs.Select(t => t.Valeur).Order()
        );
        Assert.Equal(
            Enum.GetValues<Typologies>().Where(v => v != Typologies.Aucune).Order(),
            CodesDemande.TypologiesCodes.Select(t => t.Valeur).Order()
        );
        // CCH L441-1 : dix critères, a à j.
        Assert.Equal(
            Enum.GetValues<CriteresPrioritaires>().Where(v => v != CriteresPrioritaires.Aucun).Order(),
            CodesDemande.Criteres.Select(t => t.Valeur).Order()
        );
        Assert.Equal("abcdefghij", string.Concat(CodesDemande.Criteres.Select(c => c.Code)));
    }

    [Fact]
    public void Les_codes_sont_uniques_dans_leur_table_et_en_minuscules()
    {
        foreach (var (table, codes) in Tables())
        {
            var liste = codes.ToList();
            Assert.True(
                liste.Distinct(StringComparer.OrdinalIgnoreCase).Count() == liste.Count,
                $"code en double dans {table}"
            );
            Assert.All(liste, c => Assert.Equal(c.ToLowerInvariant(), c));
        }
    }

    [Theory]
    [InlineData("ACTIVE", StatutDemande.Active)]
    [InlineData(" Radiee ", StatutDemande.Radiee)]
    [InlineData("satisfaite", StatutDemande.Satisfaite)]
    public void Les_codes_se_lisent_sans_la_casse(string code, StatutDemande attendu)
    {
        Assert.True(CodesDemande.Lire(CodesDemande.Statuts, code, out var statut));
        Assert.Equal(attendu, statut);
        Assert.False(CodesDemande.Lire(CodesDemande.Statuts, "en-cours", out _));
    }

    [Fact]
    public void Les_drapeaux_s_ecrivent_dans_l_ordre_de_la_table()
    {
        Assert.Equal(
            "a|c|j",
            CodesDemande.Codes(
                CodesDemande.Criteres,
                CriteresPrioritaires.SurOccupationAvecEnfant
                    | CriteresPrioritaires.Handicap
                    | CriteresPrioritaires.MalLogeDefavorise
            )
        );
        Assert.Equal("", CodesDemande.Codes(CodesDemande.Motifs, MotifsDemande.Aucun));
    }

    [Fact]
    public void Le_format_d_import_documente_tous_les_codes()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Pilotis.slnx")))
            dossier = dossier.Parent;
        Assert.NotNull(dossier);
        var doc = File.ReadAllText(Path.Combine(dossier.FullName, "docs", "formats", "demandes.md"));
        foreach (var (table, codes) in Tables())
        {
            foreach (var code in codes)
                Assert.True(
                    doc.Contains($"`{code}`", StringComparison.Ordinal),
                    $"{table} : `{code}` absent de docs/formats/demandes.md"
                );
        }
    }
}
