using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Tests.Sru;

public class ValidationSruTests
{
    private static readonly ParametresSru P = ParametresSru.Periode2023_2025;

    private static DonneesCalculSru Valides() =>
        new()
        {
            ResidencesPrincipales = 8_000,
            LogementsSociaux = InventaireLogementsSociaux.NonVentile(1_200),
            TauxCible = 0.25m,
            PotentielFiscalParHabitant = 1_000m,
            DepensesReellesFonctionnement = 10_000_000m,
            DepensesDeductibles = 80_000m,
            CouverteParPlh = true,
        };

    [Fact]
    public void Donnees_valides_sans_erreur() => Assert.Empty(ValidationSru.Valider(Valides(), P));

    // Each bad figure is reported under the API's JSON field name (POST /api/v1/sru/calcul → 400).
    public static TheoryData<string, Func<DonneesCalculSru, DonneesCalculSru>> Erreurs =>
        new()
        {
            { "residencesPrincipales", d => d with { ResidencesPrincipales = 0 } },
            { "residencesPrincipales", d => d with { ResidencesPrincipales = -1 } },
            { "residencesPrincipales", d => d with { ResidencesPrincipales = 5_000_001 } },
            { "logementsSociaux", d => d with { LogementsSociaux = InventaireLogementsSociaux.NonVentile(-1) } },
            { "logementsSociaux", d => d with { LogementsSociaux = InventaireLogementsSociaux.NonVentile(8_001) } },
            {
                "logementsSociaux",
                d =>
                    d with
                    {
                        LogementsSociaux = new() { Autres = 7_999, PlacesFoyer = 6 },
                    }
            }, // 7,999 + 2 > 8,000
            {
                "logementsSociaux.plai",
                d =>
                    d with
                    {
                        LogementsSociaux = new() { Plai = -1, Plus = 10 },
                    }
            },
            { "logementsSociaux.placesFoyer", d => d with { LogementsSociaux = new() { PlacesFoyer = -3 } } },
            {
                "logementsSociaux.autres",
                d =>
                    d with
                    {
                        LogementsSociaux = new() { Plus = 10, Autres = -1 },
                    }
            },
            { "tauxCible", d => d with { TauxCible = -0.01m } },
            { "tauxCible", d => d with { TauxCible = 1.01m } },
            { "tauxCible", d => d with { TauxCible = 25m } }, // a percentage typed instead of a fraction
            { "potentielFiscalParHabitant", d => d with { PotentielFiscalParHabitant = -1m } },
            { "potentielFiscalParHabitant", d => d with { PotentielFiscalParHabitant = 1_000_001m } },
            { "depensesReellesFonctionnement", d => d with { DepensesReellesFonctionnement = -1m } },
            { "depensesDeductibles", d => d with { DepensesDeductibles = -0.01m } },
            { "depensesDeductibles", d => d with { DepensesDeductibles = 1_000_000_000_001m } },
            { "tauxPlafond", d => d with { TauxPlafond = -0.1m } },
            { "tauxPlafond", d => d with { TauxPlafond = 1.5m } },
            { "potentielFiscalMedian", d => d with { PotentielFiscalMedian = 0m } },
            { "coefficientMajorationCarence", d => d with { CoefficientMajorationCarence = 0.5m } },
            { "coefficientMajorationCarence", d => d with { CoefficientMajorationCarence = 6m } },
            { "rangPeriodeNouvellementSoumise", d => d with { RangPeriodeNouvellementSoumise = 0 } },
        };

    [Theory]
    [MemberData(nameof(Erreurs))]
    public void Chaque_erreur_nomme_son_champ(string champ, Func<DonneesCalculSru, DonneesCalculSru> alterer)
    {
        var erreur = Assert.Single(ValidationSru.Valider(alterer(Valides()), P));
        Assert.Equal(champ, erreur.Champ);
        Assert.False(string.IsNullOrWhiteSpace(erreur.Message));
    }

    // Bounds included: a 0 or 100 % target, a 0 % cap, a multiplier of exactly 1 or 5, every unit social.
    public static TheoryData<Func<DonneesCalculSru, DonneesCalculSru>> Limites =>
        new()
        {
            d => d with { TauxCible = 0m },
            d => d with { TauxCible = 1m },
            d => d with { TauxPlafond = 0m },
            d => d with { TauxPlafond = 1m },
            d => d with { CoefficientMajorationCarence = 1m },
            d => d with { CoefficientMajorationCarence = 5m },
            d => d with { LogementsSociaux = InventaireLogementsSociaux.NonVentile(8_000) },
            d =>
                d with
                {
                    LogementsSociaux = new() { Autres = 7_999, PlacesFoyer = 5 },
                }, // 5 places = 1 unit
            d => d with { PotentielFiscalParHabitant = 0m, DepensesDeductibles = 0m },
        };

    [Theory]
    [MemberData(nameof(Limites))]
    public void Valeurs_aux_bornes_acceptees(Func<DonneesCalculSru, DonneesCalculSru> alterer) =>
        Assert.Empty(ValidationSru.Valider(alterer(Valides()), P));

    [Fact]
    public void Toutes_les_erreurs_sont_rapportees_en_francais()
    {
        var erreurs = ValidationSru.Valider(
            Valides() with
            {
                ResidencesPrincipales = 1_000,
                LogementsSociaux = InventaireLogementsSociaux.NonVentile(1_500),
                TauxCible = 2m,
                DepensesDeductibles = -5m,
            },
            P
        );
        var parChamp = erreurs.ParChamp();
        Assert.Equal(["logementsSociaux", "tauxCible", "depensesDeductibles"], parChamp.Keys);
        Assert.Equal(
            "Le nombre de logements sociaux décomptés (1\u00A0500) ne peut pas dépasser le nombre de résidences "
                + "principales (1\u00A0000).",
            Assert.Single(parChamp["logementsSociaux"])
        );
        Assert.Equal(
            "Le taux cible doit être compris entre 0 et 1 (par exemple 0,25 pour 25 %).",
            Assert.Single(parChamp["tauxCible"])
        );
    }

    [Fact]
    public void Les_donnees_validees_se_calculent_sans_exception()
    {
        foreach (var limite in Limites)
        {
            var donnees = limite(Valides());
            var r = CalculSru.Calculer(donnees, P);
            Assert.True(r.PrelevementNet >= 0m);
        }
    }
}
