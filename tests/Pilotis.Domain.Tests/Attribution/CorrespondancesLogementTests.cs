using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Attribution;

public class CorrespondancesLogementTests
{
    // CCH R441-1 : les plafonds du financement d'origine ; PLI ramené au PLS (le registre ne connaît pas ses plafonds).
    [Theory]
    [InlineData(FinancementOrigine.Plai, ProduitsEligibles.Plai)]
    [InlineData(FinancementOrigine.PlaiAdapte, ProduitsEligibles.Plai)]
    [InlineData(FinancementOrigine.Plus, ProduitsEligibles.Plus)]
    [InlineData(FinancementOrigine.AncienRegime, ProduitsEligibles.Plus)]
    [InlineData(FinancementOrigine.Pls, ProduitsEligibles.Pls)]
    [InlineData(FinancementOrigine.Pli, ProduitsEligibles.Pls)]
    public void Plafonds_du_financement(FinancementOrigine financement, ProduitsEligibles produit) =>
        Assert.Equal(produit, CorrespondancesLogement.Produit(financement));

    [Fact]
    public void Chaque_typologie_a_son_souhait_et_un_seul()
    {
        var souhaits = Enum.GetValues<TypologieLogement>().Select(CorrespondancesLogement.Typologie).ToList();
        Assert.Equal(souhaits.Count, souhaits.Distinct().Count());
        Assert.All(souhaits, s => Assert.True(System.Numerics.BitOperations.IsPow2((int)s)));
        Assert.Equal(Typologies.T6Plus, CorrespondancesLogement.Typologie(TypologieLogement.T6Plus));
    }
}
