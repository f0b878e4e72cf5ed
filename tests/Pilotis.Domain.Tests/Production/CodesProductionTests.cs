using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Production;

/// <summary>
/// Codes d'échange des natures, produits et statuts : lecture insensible à la casse et documentation complète.
/// </summary>
public sealed class CodesProductionTests
{
    [Theory]
    [InlineData("NEUF", NatureOperation.Neuf)]
    [InlineData("vefa", NatureOperation.Vefa)]
    [InlineData(" Acquisition_Amelioration ", NatureOperation.AcquisitionAmelioration)]
    [InlineData("ACQUISITION_SANS_TRAVAUX", NatureOperation.AcquisitionSansTravaux)]
    [InlineData("DEMOLITION_RECONSTRUCTION", NatureOperation.DemolitionReconstruction)]
    [InlineData("usufruit_locatif_social", NatureOperation.UsufruitLocatifSocial)]
    public void Les_natures_se_lisent_sans_tenir_compte_de_la_casse(string code, NatureOperation attendue)
    {
        Assert.True(CodesProduction.TryNature(code, out var nature));
        Assert.Equal(attendue, nature);
    }

    [Theory]
    [InlineData("PLAI", Produit.Plai)]
    [InlineData("plai_adapte", Produit.PlaiAdapte)]
    [InlineData("PLAI-ADAPTE", Produit.PlaiAdapte)]
    [InlineData("Plus", Produit.Plus)]
    [InlineData("pls", Produit.Pls)]
    [InlineData("PSLA", Produit.Psla)]
    [InlineData("brs", Produit.Brs)]
    public void Les_produits_se_lisent_sans_tenir_compte_de_la_casse(string code, Produit attendu)
    {
        Assert.True(CodesProduction.TryProduit(code, out var produit));
        Assert.Equal(attendu, produit);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("PLA")]
    [InlineData("LLI")]
    public void Un_produit_inconnu_est_refuse(string? code) => Assert.False(CodesProduction.TryProduit(code, out _));

    [Theory]
    [InlineData("ENGAGEE", StatutOperation.Engagee)]
    [InlineData("a_valider_chorus", StatutOperation.AValiderChorus)]
    [InlineData("CLOTURE_EN_COURS", StatutOperation.ClotureEnCours)]
    [InlineData("CLOTURE_DEMANDE_SOLDE", StatutOperation.ClotureEnCours)]
    [InlineData("ANNULEE", StatutOperation.Annulee)]
    public void Les_statuts_SIAP_se_lisent(string code, StatutOperation attendu)
    {
        Assert.True(StatutsOperation.TryLire(code, out var statut));
        Assert.Equal(attendu, statut);
    }

    [Theory]
    [InlineData(StatutOperation.AAgreer, PhaseOperation.Programmation, false)]
    [InlineData(StatutOperation.AValiderChorus, PhaseOperation.Agrement, true)]
    [InlineData(StatutOperation.Acompte, PhaseOperation.Agrement, true)]
    [InlineData(StatutOperation.Soldee, PhaseOperation.Cloture, true)]
    [InlineData(StatutOperation.Annulee, PhaseOperation.Programmation, false)]
    public void Phase_et_agrement_suivent_l_ordre_SIAP(StatutOperation statut, PhaseOperation phase, bool agreee)
    {
        Assert.Equal(phase, statut.Phase());
        Assert.Equal(agreee, statut.EstAgreee());
    }

    [Fact]
    public void Le_format_d_import_documente_tous_les_codes()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Pilotis.slnx")))
            dossier = dossier.Parent;
        Assert.NotNull(dossier);
        var doc = File.ReadAllText(Path.Combine(dossier.FullName, "docs", "formats", "operations.md"));
        foreach (
            var code in CodesProduction
                .Natures.Select(n => n.Code)
                .Concat(CodesProduction.Produits.Select(p => p.Code))
                .Concat(StatutsOperation.Tous.Select(s => s.Code))
        )
        {
            Assert.Contains($"`{code}`", doc, StringComparison.Ordinal);
        }
    }
}
