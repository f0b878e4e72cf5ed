using Pilotis.Domain.Financement.Equilibre;
using C = Pilotis.Domain.Financement.Equilibre.CatalogueParametresFinanciers;

namespace Pilotis.Domain.Tests.Financement.Equilibre;

public class ValidationEquilibreTests
{
    private static readonly SaisieOperationType Valide = new()
    {
        Nature = "NEUF",
        Zone123 = "2",
        ZoneAbc = "B1",
        LogementsPlus = "20",
        SurfacePlus = "1 360",
        ChargeFonciere = "450 000",
        CoutTravaux = "2900000,50",
    };

    [Fact]
    public void Une_saisie_valide_donne_les_donnees()
    {
        var (donnees, erreurs) = ValidationOperationType.Lire(Valide);
        Assert.Empty(erreurs);
        Assert.Equal(1_360m, donnees!.Lots.Single().SurfaceUtile);
        Assert.Equal(2_900_000.50m, donnees.CoutTravaux);
        Assert.Equal(0m, donnees.Subventions);
    }

    public static TheoryData<SaisieOperationType, string> Fautives =>
        new()
        {
            { Valide with { Nature = "CHATEAU" }, "Nature" },
            { Valide with { Zone123 = "4" }, "Zone123" },
            { Valide with { ZoneAbc = null }, "ZoneAbc" },
            { Valide with { LogementsPlus = "vingt" }, "LogementsPlus" },
            { Valide with { SurfacePlus = "-3" }, "SurfacePlus" },
            { Valide with { SurfacePlus = "20000" }, "SurfacePlus" },
            { Valide with { LogementsPlus = null, SurfacePlus = null }, "LogementsPlus" },
            { Valide with { ChargeFonciere = "" }, "ChargeFonciere" },
            { Valide with { CoutTravaux = "beaucoup" }, "CoutTravaux" },
            { Valide with { Subventions = "-1" }, "Subventions" },
            { Valide with { ChargeFonciere = "0", CoutTravaux = "0" }, "CoutTravaux" },
        };

    [Theory]
    [MemberData(nameof(Fautives))]
    public void Chaque_champ_fautif_a_son_message(SaisieOperationType saisie, string champ)
    {
        var (donnees, erreurs) = ValidationOperationType.Lire(saisie);
        Assert.Null(donnees);
        var erreur = Assert.Single(erreurs);
        Assert.Equal(champ, erreur.Champ);
        Assert.False(string.IsNullOrWhiteSpace(erreur.Message));
    }

    // Les taux se saisissent en pourcentage ; bornes du catalogue ; durée entière ; date et source obligatoires.
    [Theory]
    [InlineData(C.LivretA, "1,5", "01/02/2026", "Arrêté", null, 0.015)]
    [InlineData(C.LivretA, "1.5 %", "2026-02-01", "Arrêté", null, 0.015)]
    [InlineData(C.LivretA, "150", "01/02/2026", "Arrêté", "Valeur", null)]
    [InlineData(C.LivretA, "abc", "01/02/2026", "Arrêté", "Valeur", null)]
    [InlineData(C.DureePretFoncier, "60,5", "01/02/2026", "Arrêté", "Valeur", null)]
    [InlineData(C.DureePretFoncier, "50", "01/02/2026", "Arrêté", null, 50.0)]
    [InlineData(C.LivretA, "1,5", "31/02/2026", "Arrêté", "ValideDepuis", null)]
    [InlineData(C.LivretA, "1,5", "", "Arrêté", "ValideDepuis", null)]
    [InlineData(C.LivretA, "1,5", "01/02/2026", "  ", "Source", null)]
    public void Nouvelle_valeur_datee_d_un_parametre(
        string code,
        string valeur,
        string date,
        string source,
        string? champFautif,
        double? attendu
    )
    {
        var (ligne, erreurs) = ValidationParametreFinancier.Lire(C.Trouver(code)!, valeur, date, source, false);
        if (champFautif is null)
        {
            Assert.Empty(erreurs);
            Assert.Equal((decimal)attendu!.Value, ligne!.Valeur);
        }
        else
        {
            Assert.Null(ligne);
            Assert.Equal(champFautif, Assert.Single(erreurs).Champ);
        }
    }

    [Theory]
    [InlineData(C.LivretA, 0.017, "1,7 %")]
    [InlineData(C.MargePls, 0.0111, "1,11 %")]
    [InlineData(C.DureeExonerationTfpb, 25, "25 ans")]
    [InlineData("plafond_loyer.plus.2", 6.08, "6,08 €/m² SU par mois")]
    public void Affichage_dans_l_unite(string code, decimal valeur, string attendu) =>
        Assert.Equal(attendu, ValidationParametreFinancier.Affichage(C.Trouver(code)!, valeur));
}
