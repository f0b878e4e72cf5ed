using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Tests.Sru;

public class BilanTriennalTests
{
    // Objective of the DOMAIN §3 worked example: 264 units, ≥ 80 PLAI, ≤ 79 PLS (CCH L302-8).
    private static readonly ObjectifTriennalSru Objectif264 = new(264, 80, 79, 0.33m, 0.30m, 0.30m);

    // CCH L302-9: quantity (financed vs objective) and mix (PLAI ≥ 30 %, PLS ≤ 30 % of the units financed).
    [Theory]
    [InlineData(80, 105, 79, 0, 1.0, true, true, true)] // exactly the objective
    [InlineData(40, 62, 30, 0, 0.5, false, true, true)] // half: 40 ≥ 39.6 PLAI, 30 ≤ 39.6 PLS
    [InlineData(30, 100, 20, 0, 0.5682, false, false, true)] // PLAI 20 % < 30 %
    [InlineData(50, 50, 50, 0, 0.5682, false, true, false)] // PLS 33 % > 30 %
    [InlineData(90, 150, 60, 0, 1.1364, true, true, true)] // 300 / 264 = 1.13636… → 1.1364
    [InlineData(30, 40, 30, 0, 0.3788, false, true, true)] // exactly 30 % PLAI and 30 % PLS: both respected
    [InlineData(80, 100, 70, 14, 1.0, true, true, true)] // other counted units add to the total
    public void Bilan_quantitatif_et_qualitatif(
        int plai,
        int plus,
        int pls,
        int autres,
        double atteinte,
        bool quantite,
        bool plaiOk,
        bool plsOk
    )
    {
        var bilan = BilanTriennal.Etablir(
            Objectif264,
            new RealisationsTriennales
            {
                Plai = plai,
                Plus = plus,
                Pls = pls,
                Autres = autres,
            }
        );
        Assert.Equal((decimal)atteinte, bilan.TauxAtteinte);
        Assert.Equal(quantite, bilan.ObjectifQuantitatifAtteint);
        Assert.Equal(plaiOk, bilan.PartPlaiRespectee);
        Assert.Equal(plsOk, bilan.PartPlsRespectee);
        Assert.Equal(quantite && plaiOk && plsOk, bilan.ObjectifsAtteints);
        Assert.Equal(Math.Max(0, 264 - (plai + plus + pls + autres)), bilan.Ecart);
    }

    // CCH L302-8 III: when the objective's PLS ceiling is 20 % (rate < 10 %, no PLH), the bilan checks 20 %.
    [Theory]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void Plafond_pls_restreint_dans_le_bilan(int pls, bool attendu)
    {
        var objectif = new ObjectifTriennalSru(100, 30, 20, 0.33m, 0.30m, 0.20m);
        var bilan = BilanTriennal.Etablir(
            objectif,
            new RealisationsTriennales
            {
                Plai = 30,
                Plus = 70 - pls,
                Pls = pls,
            }
        );
        Assert.Equal(attendu, bilan.PartPlsRespectee);
    }

    [Fact]
    public void Rien_finance_avec_un_objectif()
    {
        var bilan = BilanTriennal.Etablir(Objectif264, default);
        Assert.Equal(0m, bilan.TauxAtteinte);
        Assert.Null(bilan.PartPlai);
        Assert.Null(bilan.PartPls);
        Assert.False(bilan.MixRespecte);
        Assert.Equal(264, bilan.Ecart);
    }

    [Fact]
    public void Aucun_objectif_et_rien_finance()
    {
        var bilan = BilanTriennal.Etablir(new ObjectifTriennalSru(0, 0, 0, 1m, 0.30m, 0.30m), default);
        Assert.Null(bilan.TauxAtteinte);
        Assert.True(bilan.ObjectifsAtteints);
    }

    [Fact]
    public void Parts_affichees_arrondies()
    {
        var bilan = BilanTriennal.Etablir(
            Objectif264,
            new RealisationsTriennales
            {
                Plai = 80,
                Plus = 105,
                Pls = 79,
            }
        );
        Assert.Equal(0.3030m, bilan.PartPlai); // 80 / 264
        Assert.Equal(0.2992m, bilan.PartPls); // 79 / 264
    }
}
