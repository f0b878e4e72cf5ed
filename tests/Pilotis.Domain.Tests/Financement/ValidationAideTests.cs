using Pilotis.Domain.Financement;

namespace Pilotis.Domain.Tests.Financement;

/// <summary>La saisie d'une aide locale : un message par champ fautif, aucun pour une saisie complète.</summary>
public class ValidationAideTests
{
    private static readonly SaisieAide Bonne = new()
    {
        Nom = "Prêt complémentaire",
        Financeurs = ["Banque des Territoires"],
        Perimetre = "Gard",
        Categories = ["Logement|Logement social"],
        Publics = [PublicsAides.BailleursSociaux],
        TypesAide = ["Prêt"],
        DateOuverture = new DateOnly(2026, 1, 1),
        DateEcheance = new DateOnly(2026, 12, 31),
        TauxMin = 10,
        TauxMax = 30,
        UrlOrigine = "https://exemple.fr/aide",
    };

    public static TheoryData<string, string, string> Cas =>
        new()
        {
            { "Nom", "", "Le nom de l'aide est obligatoire." },
            { "Nom", new string('a', 301), "300 caractères au plus" },
            { "Perimetre", "", "Le périmètre est obligatoire" },
            { "Perimetre", "Atlantide", "« Atlantide » n'est ni « France »" },
            { "Financeurs", "", "Indiquez au moins un financeur." },
            { "TypesAide", "", "Indiquez au moins un type d'aide" },
            { "Publics", "", "Indiquez au moins un public" },
            { "DateEcheance", "2025-12-31", "L'échéance ne peut pas précéder l'ouverture." },
            { "TauxMin", "120", "Le taux minimal est un pourcentage entre 0 et 100." },
            { "TauxMax", "5", "Le taux maximal ne peut pas être inférieur au taux minimal." },
            { "MontantPret", "-1", "Le montant du prêt ne peut pas être négatif." },
            { "UrlOrigine", "javascript:alert(1)", "L'adresse doit commencer par https://" },
            { "UrlOrigine", "ftp://exemple.fr", "L'adresse doit commencer par https://" },
        };

    [Theory]
    [MemberData(nameof(Cas))]
    public void Un_champ_faux_a_son_message(string champ, string valeur, string message)
    {
        var s = champ switch
        {
            "Nom" => Bonne with { Nom = valeur },
            "Perimetre" => Bonne with { Perimetre = valeur },
            "Financeurs" => Bonne with { Financeurs = [] },
            "TypesAide" => Bonne with { TypesAide = [] },
            "Publics" => Bonne with { Publics = [] },
            "DateEcheance" => Bonne with
            {
                DateEcheance = DateOnly.Parse(valeur, System.Globalization.CultureInfo.InvariantCulture),
            },
            "TauxMin" => Bonne with { TauxMin = int.Parse(valeur, System.Globalization.CultureInfo.InvariantCulture) },
            "TauxMax" => Bonne with { TauxMax = int.Parse(valeur, System.Globalization.CultureInfo.InvariantCulture) },
            "MontantPret" => Bonne with
            {
                MontantPret = long.Parse(valeur, System.Globalization.CultureInfo.InvariantCulture),
            },
            _ => Bonne with { UrlOrigine = valeur },
        };
        var erreurs = ValidationAide.Verifier(s, p => p is "Gard" or "France");
        Assert.Single(erreurs);
        Assert.Contains(message, erreurs[champ], StringComparison.Ordinal);
    }

    [Fact]
    public void Une_saisie_complete_n_a_aucune_erreur() =>
        Assert.Empty(ValidationAide.Verifier(Bonne, p => p == "Gard"));
}
