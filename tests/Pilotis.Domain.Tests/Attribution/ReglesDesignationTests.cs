using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

public class ReglesDesignationTests
{
    private static readonly ContexteDesignation Ordinaire = new(false, false, false, 10);

    // CCH R441-3 : au moins trois candidats examinés, sauf DALO désigné par le préfet, insuffisance, PLAI adapté.
    [Theory]
    [InlineData(3, ExceptionTroisCandidats.Aucune, true)]
    [InlineData(5, ExceptionTroisCandidats.Aucune, true)]
    [InlineData(2, ExceptionTroisCandidats.Aucune, false)]
    [InlineData(0, ExceptionTroisCandidats.CandidatsInsuffisants, false)]
    [InlineData(2, ExceptionTroisCandidats.CandidatsInsuffisants, false)] // 10 éligibles : l'insuffisance ne vaut pas
    [InlineData(1, ExceptionTroisCandidats.PlaiAdapte, false)] // le logement n'est pas en PLAI adapté
    [InlineData(1, ExceptionTroisCandidats.DaloDesigneParPrefet, false)] // pas du contingent préfectoral
    public void Logement_ordinaire(int candidats, ExceptionTroisCandidats exception, bool admis) =>
        Assert.Equal(admis, ReglesDesignation.VerifierNombre(candidats, exception, Ordinaire) is null);

    [Theory]
    [InlineData(true, true, false, 10, ExceptionTroisCandidats.DaloDesigneParPrefet, true)]
    [InlineData(true, false, false, 10, ExceptionTroisCandidats.DaloDesigneParPrefet, false)] // candidat non DALO
    [InlineData(false, false, true, 10, ExceptionTroisCandidats.PlaiAdapte, true)]
    [InlineData(false, false, false, 2, ExceptionTroisCandidats.CandidatsInsuffisants, true)]
    [InlineData(false, false, false, 3, ExceptionTroisCandidats.CandidatsInsuffisants, false)]
    public void Exceptions(
        bool prefet,
        bool tousDalo,
        bool plaiAdapte,
        int eligibles,
        ExceptionTroisCandidats exception,
        bool admis
    )
    {
        var contexte = new ContexteDesignation(prefet, tousDalo, plaiAdapte, eligibles);
        Assert.Equal(admis, ReglesDesignation.VerifierNombre(1, exception, contexte) is null);
    }

    [Fact]
    public void Le_refus_cite_le_texte_et_le_nombre()
    {
        var refus = ReglesDesignation.VerifierNombre(2, ExceptionTroisCandidats.Aucune, Ordinaire);
        Assert.NotNull(refus);
        Assert.Contains("R441-3", refus, StringComparison.Ordinal);
        Assert.Contains("2 désigné(s)", refus, StringComparison.Ordinal);
    }
}
