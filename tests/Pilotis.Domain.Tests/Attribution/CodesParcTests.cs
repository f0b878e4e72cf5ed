using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Codes du fichier du parc (docs/formats/logements.md) : une table par énumération.</summary>
public sealed class CodesParcTests
{
    [Theory]
    [InlineData("T1", TypologieLogement.T1)]
    [InlineData("t3", TypologieLogement.T3)]
    [InlineData(" T5 ", TypologieLogement.T5)]
    [InlineData("T6", TypologieLogement.T6Plus)]
    public void Typologie_lue_depuis_son_code(string code, TypologieLogement attendue) =>
        Assert.Equal(attendue, CodesParc.TypologieDepuisCode(code));

    [Theory]
    [InlineData("PLAI", FinancementOrigine.Plai)]
    [InlineData("plai_adapte", FinancementOrigine.PlaiAdapte)]
    [InlineData("PLUS", FinancementOrigine.Plus)]
    [InlineData("PLS", FinancementOrigine.Pls)]
    [InlineData("PLI", FinancementOrigine.Pli)]
    [InlineData("ANCIEN_REGIME", FinancementOrigine.AncienRegime)]
    public void Financement_lu_depuis_son_code(string code, FinancementOrigine attendu) =>
        Assert.Equal(attendu, CodesParc.FinancementDepuisCode(code));

    [Theory]
    [InlineData("OCCUPE", EtatOccupation.Occupe)]
    [InlineData("vacant", EtatOccupation.Vacant)]
    [InlineData("HORS_LOCATION", EtatOccupation.HorsLocation)]
    public void Occupation_lue_depuis_son_code(string code, EtatOccupation attendue) =>
        Assert.Equal(attendue, CodesParc.OccupationDepuisCode(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("T7")]
    [InlineData("PLA")]
    [InlineData("LIBRE")]
    public void Un_code_inconnu_ne_donne_rien(string? code)
    {
        Assert.Null(CodesParc.TypologieDepuisCode(code));
        Assert.Null(CodesParc.FinancementDepuisCode(code));
        Assert.Null(CodesParc.OccupationDepuisCode(code));
    }

    [Fact]
    public void Chaque_valeur_a_un_seul_code_et_un_libelle_qui_reviennent()
    {
        foreach (var t in Enum.GetValues<TypologieLogement>())
            Assert.Equal(t, CodesParc.TypologieDepuisCode(t.Code()));
        foreach (var f in Enum.GetValues<FinancementOrigine>())
            Assert.Equal(f, CodesParc.FinancementDepuisCode(f.Code()));
        foreach (var o in Enum.GetValues<EtatOccupation>())
            Assert.Equal(o, CodesParc.OccupationDepuisCode(o.Code()));
        foreach (var r in Enum.GetValues<ReservationNonConvertie>())
            Assert.False(string.IsNullOrEmpty(r.Libelle()));
        foreach (var e in Enum.GetValues<EtapeAttribution>())
            Assert.False(string.IsNullOrEmpty(e.Libelle()));
        foreach (var o in Enum.GetValues<OrigineDisponibilite>())
            Assert.False(string.IsNullOrEmpty(o.Libelle()));
        Assert.Equal(CodesParc.Typologies.Count, CodesParc.Typologies.Select(t => t.Code).Distinct().Count());
        Assert.Equal(CodesParc.Financements.Count, CodesParc.Financements.Select(t => t.Code).Distinct().Count());
    }
}
