using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Production;

/// <summary>Input checks of an operation, one message per field, in French (form, API and import share them).</summary>
public sealed class ValidationOperationTests
{
    [Fact]
    public void Une_operation_complete_est_valide()
    {
        Assert.Empty(ValidationOperation.Valider(OperationsTestData.Complete(), 2026));
    }

    public static TheoryData<string, Action<Operation>, string> Erreurs =>
        new()
        {
            { "Numero", o => o.Numero = " ", "Le numéro d'opération est obligatoire." },
            { "Nom", o => o.Nom = "", "Le nom de l'opération est obligatoire." },
            { "Nom", o => o.Nom = new string('a', 201), "Le nom ne dépasse pas 200 caractères." },
            { "Adresse", o => o.Adresse = new string('a', 301), "L'adresse ne dépasse pas 300 caractères." },
            { "Nature", o => o.Nature = (NatureOperation)42, "La nature de l'opération est inconnue." },
            {
                "ChargeFonciere",
                o => o.ChargeFonciere = -1m,
                "Le montant de la charge foncière ne peut pas être négatif."
            },
            { "Honoraires", o => o.Honoraires = -1m, "Le montant des honoraires ne peut pas être négatif." },
            { "CoutBatiment", o => o.CoutBatiment = -1m, "Le coût du bâtiment ne peut pas être négatif." },
            { "Vrd", o => o.Vrd = 2_000_000_000m, "Le coût des VRD dépasse un milliard d'euros : vérifiez la saisie." },
            {
                "AnneeProgrammation",
                o => o.AnneeProgrammation = 2040,
                "L'année de programmation doit être comprise entre 2016 et 2031."
            },
            {
                "MoisAgrementPrevu",
                o =>
                {
                    o.AnneeProgrammation = 2026;
                    o.MoisAgrementPrevu = 13;
                },
                "Le mois d'agrément prévu va de 1 à 12."
            },
            {
                "AnneeProgrammation",
                o => o.MoisAgrementPrevu = 6,
                "Indiquez l'année de programmation du mois d'agrément prévu."
            },
            {
                "Lots[1].Produit",
                o => o.Lots[1].Produit = Produit.Plai,
                "Le produit PLAI figure déjà dans un autre lot."
            },
            {
                "Lots[0].NombreLogements",
                o =>
                {
                    o.Lots[0].NombreLogements = 0;
                    o.Lots[0].T2 = 0;
                    o.Lots[0].T3 = 0;
                },
                "Le nombre de logements va de 1 à 2000."
            },
            {
                "Lots[0].Typologies",
                o => o.Lots[0].T5 = 1,
                "La ventilation par typologie (5) doit égaler le nombre de logements (4)."
            },
            {
                "Lots[0].Typologies",
                o => o.Lots[0].T1 = -1,
                "Un nombre de logements par typologie ne peut pas être négatif."
            },
            {
                "Lots[1].SurfaceHabitable",
                o => o.Lots[1].SurfaceHabitable = 50m,
                "Moins de 9 m² par logement : la surface habitable semble erronée (décret n° 2002-120)."
            },
            {
                "Lots[1].SurfaceAnnexes",
                o => o.Lots[1].SurfaceAnnexes = -3m,
                "Les surfaces annexes ne peuvent pas être négatives."
            },
            {
                "Lots[1].LoyerM2",
                o => o.Lots[1].LoyerM2 = 31m,
                "Le loyer au m² de surface utile doit être compris entre 0 et 30 €."
            },
            {
                "Lots[1].LoyerM2",
                o => o.Lots[1].Produit = Produit.Psla,
                "Un lot en accession (PSLA, BRS) n'a pas de loyer au m²."
            },
            {
                "Financements[2].Montant",
                o => o.Financements[2].Montant = 0m,
                "Le montant d'une ligne de financement doit être positif."
            },
            {
                "Financements[0].Type",
                o => o.Financements[0].Type = (TypeFinancement)99,
                "Le type de financement est inconnu."
            },
        };

    [Theory]
    [MemberData(nameof(Erreurs))]
    public void Chaque_erreur_est_rattachee_a_son_champ(string champ, Action<Operation> gater, string message)
    {
        var o = OperationsTestData.Complete();
        gater(o);
        var erreurs = ValidationOperation.Valider(o, 2026);
        var obtenu = erreurs.FirstOrDefault(e => e.Champ == champ)?.Message;
        Assert.True(obtenu is not null, $"Pas d'erreur sur {champ} : {string.Join(" | ", erreurs)}");
        Assert.Equal(message, obtenu);
    }

    [Fact]
    public void Un_plan_non_equilibre_n_est_pas_une_erreur_de_saisie()
    {
        // Balance is checked at submission for approval and at agreement, not while the bailleur types.
        var o = OperationsTestData.Complete();
        o.Financements.Clear();
        Assert.Empty(ValidationOperation.Valider(o, 2026));
        Assert.False(o.PlanEquilibre);
        Assert.Equal(-1_000_000m, o.EcartFinancement);
    }
}
