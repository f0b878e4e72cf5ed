using Pilotis.Domain.Foncier;

namespace Pilotis.Domain.Tests.Foncier;

/// <summary>
/// Le parcours d'un site : identifié → à l'étude → acquis ou porté → en opération → construit (DOMAIN §7).
/// </summary>
public sealed class TransitionsSiteTests
{
    private static readonly DateOnly Jour = new(2026, 12, 6);

    private static ContexteTransitionSite Operation(
        string commune = "30189",
        bool lieeAilleurs = false,
        bool livree = false
    ) => new(Jour, 42, commune, lieeAilleurs, livree);

    [Theory]
    [InlineData(StatutSite.Identifie, ActionSite.MettreALEtude, StatutSite.EnEtude)]
    [InlineData(StatutSite.EnEtude, ActionSite.AbandonnerEtude, StatutSite.Identifie)]
    [InlineData(StatutSite.Identifie, ActionSite.AcquerirOuPorter, StatutSite.AcquisPorte)]
    [InlineData(StatutSite.EnEtude, ActionSite.AcquerirOuPorter, StatutSite.AcquisPorte)]
    [InlineData(StatutSite.Identifie, ActionSite.EngagerOperation, StatutSite.EnOperation)]
    [InlineData(StatutSite.AcquisPorte, ActionSite.EngagerOperation, StatutSite.EnOperation)]
    public void Transitions_ouvertes(StatutSite depuis, ActionSite action, StatutSite vers)
    {
        var site = Sites.Nouveau(depuis);
        site.DateStatut = new DateOnly(2020, 1, 1);
        Assert.Null(TransitionsSite.Appliquer(site, action, Operation()));
        Assert.Equal(vers, site.Statut);
        Assert.Equal(Jour, site.DateStatut);
    }

    [Theory]
    [InlineData(StatutSite.Identifie, ActionSite.AbandonnerEtude)]
    [InlineData(StatutSite.Identifie, ActionSite.ConstaterLivraison)]
    [InlineData(StatutSite.AcquisPorte, ActionSite.MettreALEtude)]
    [InlineData(StatutSite.EnOperation, ActionSite.EngagerOperation)]
    [InlineData(StatutSite.Construit, ActionSite.MettreALEtude)]
    [InlineData(StatutSite.Construit, ActionSite.AcquerirOuPorter)]
    public void Transitions_fermees_a_ce_statut(StatutSite depuis, ActionSite action)
    {
        var site = Sites.Nouveau(depuis);
        var refus = TransitionsSite.Appliquer(site, action, Operation(livree: true));
        Assert.Contains("n'est pas possible au statut", refus, StringComparison.Ordinal);
        Assert.Equal(depuis, site.Statut);
    }

    [Fact]
    public void Engager_une_operation_la_lie_au_site()
    {
        var site = Sites.Nouveau(StatutSite.EnEtude);
        Assert.Null(TransitionsSite.Appliquer(site, ActionSite.EngagerOperation, Operation()));
        Assert.Equal(42, site.OperationId);
    }

    [Theory]
    [InlineData(null, "30189", false, "Choisissez l'opération")]
    [InlineData(42, "30007", false, "pas sur la commune du site")]
    [InlineData(42, "30189", true, "déjà liée à un autre site")]
    public void Engager_une_operation_verifie_l_operation(int? id, string commune, bool liee, string message)
    {
        var site = Sites.Nouveau(StatutSite.AcquisPorte);
        var refus = TransitionsSite.Appliquer(
            site,
            ActionSite.EngagerOperation,
            new ContexteTransitionSite(Jour, id, commune, liee)
        );
        Assert.Contains(message, refus, StringComparison.Ordinal);
        Assert.Equal(StatutSite.AcquisPorte, site.Statut);
        Assert.Null(site.OperationId);
    }

    [Theory]
    [InlineData(false, StatutSite.EnOperation)]
    [InlineData(true, StatutSite.Construit)]
    public void Constater_la_construction_exige_une_operation_livree(bool livree, StatutSite attendu)
    {
        var site = Sites.Nouveau(StatutSite.EnOperation);
        TransitionsSite.Appliquer(site, ActionSite.ConstaterLivraison, Operation(livree: livree));
        Assert.Equal(attendu, site.Statut);
    }

    [Fact]
    public void Chaque_statut_sauf_construit_a_une_issue()
    {
        foreach (var statut in Enum.GetValues<StatutSite>().Where(s => s != StatutSite.Construit))
            Assert.NotEmpty(TransitionsSite.Possibles(statut));
        Assert.Empty(TransitionsSite.Possibles(StatutSite.Construit));
    }

    [Fact]
    public void Statuts_md_contient_la_table_des_transitions_d_un_site()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Pilotis.slnx")))
            dossier = dossier.Parent;
        Assert.NotNull(dossier);
        var texte = File.ReadAllText(Path.Combine(dossier.FullName, "docs", "STATUTS.md")).ReplaceLineEndings("\n");
        var attendu = TransitionsSite.EnMarkdown().ReplaceLineEndings("\n");
        Assert.True(
            texte.Contains(attendu, StringComparison.Ordinal),
            "docs/STATUTS.md ne reproduit pas la table. Attendu :\n" + attendu
        );
    }
}
