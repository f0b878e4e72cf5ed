using Pilotis.Domain.Information;

namespace Pilotis.Domain.Tests.Information;

/// <summary>Avancement vers la cible, moyenne mensuelle et lecture des saisies de la feuille de route.</summary>
public sealed class ProgressionCibleTests
{
    [Theory]
    [InlineData(5.0, 10.0, 50, false)]
    [InlineData(10.0, 10.0, 100, true)]
    [InlineData(15.0, 10.0, 100, true)]
    [InlineData(0.0, 10.0, 0, false)]
    [InlineData(-3.0, 10.0, 0, false)]
    [InlineData(1.0, 3.0, 33, false)]
    [InlineData(2.0, 3.0, 67, false)]
    [InlineData(0.0, 0.0, 100, true)]
    public void Part_atteinte(double valeur, double cible, int pourcentage, bool atteinte)
    {
        var p = ProgressionCible.Calculer((decimal)valeur, (decimal)cible);
        Assert.NotNull(p);
        Assert.Equal(pourcentage, p.Pourcentage);
        Assert.Equal(atteinte, p.Atteinte);
    }

    [Theory]
    [InlineData(null, 10.0)]
    [InlineData(5.0, null)]
    [InlineData(5.0, -1.0)]
    public void Sans_valeur_ou_sans_cible_pas_d_avancement(double? valeur, double? cible) =>
        Assert.Null(ProgressionCible.Calculer((decimal?)valeur, (decimal?)cible));

    [Theory]
    [InlineData(120, 2025, "2026-03-15", 10.0)]
    [InlineData(120, 2026, "2026-03-15", 40.0)]
    [InlineData(10, 2026, "2026-03-15", 3.3)]
    [InlineData(0, 2025, "2026-03-15", 0.0)]
    public void Moyenne_par_mois(int total, int annee, string aujourdhui, double attendu) =>
        Assert.Equal((decimal)attendu, MoyenneMensuelle.Calculer(total, annee, DateOnly.Parse(aujourdhui)));

    [Fact]
    public void Pas_de_moyenne_pour_une_annee_a_venir() =>
        Assert.Null(MoyenneMensuelle.Calculer(5, 2027, new DateOnly(2026, 3, 15)));

    [Theory]
    [InlineData("S1-OPERATIONS-REUSSIES", 2026, "12", 12.0, null)]
    [InlineData("S1-OPERATIONS-REUSSIES", 2026, " 12,5 ", 12.5, null)]
    [InlineData("S6-ELUS-FORMES", 2026, "80", 80.0, null)]
    [InlineData("S6-ELUS-FORMES", 2026, "120", null, "dépasser 100")]
    [InlineData("S6-SATISFACTION", 2026, "5,5", null, "dépasser 5")]
    [InlineData("S1-OPERATIONS-REUSSIES", 2026, "", null, "obligatoire")]
    [InlineData("S1-OPERATIONS-REUSSIES", 2026, "douze", null, "nombre positif")]
    [InlineData("S1-OPERATIONS-REUSSIES", 2026, "-4", null, "nombre positif")]
    [InlineData("S1-OPERATIONS-REUSSIES", 1999, "4", null, "comprise entre")]
    public void Lecture_de_la_cible(string code, int annee, string saisie, double? attendu, string? message)
    {
        var (cible, erreurs) = ValidationObjectif.Lire(FeuilleDeRoute.Trouver(code)!, annee, saisie);
        Assert.Equal((decimal?)attendu, cible);
        if (message is null)
            Assert.Empty(erreurs);
        else
            Assert.Contains(erreurs, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("reprise", "01/03/2026", null, StatutProposition.Reprise, null)]
    [InlineData("portee_au_national", "2026-02-01", "Rencontre DGALN", StatutProposition.PorteeAuNational, null)]
    [InlineData("vendue", "01/03/2026", null, null, "Statut")]
    [InlineData("reprise", "", null, null, "Date")]
    [InlineData("reprise", "31/02/2026", null, null, "Date")]
    [InlineData("reprise", "01/01/2027", null, null, "Date")]
    public void Lecture_d_un_statut(
        string statut,
        string date,
        string? commentaire,
        StatutProposition? attendu,
        string? champ
    )
    {
        var (s, _, c, erreurs) = ValidationSuiviProposition.Lire(statut, date, commentaire, new DateOnly(2026, 12, 7));
        if (champ is null)
        {
            Assert.Empty(erreurs);
            Assert.Equal(attendu, s);
            Assert.Equal(commentaire, c);
        }
        else
            Assert.Contains(erreurs, e => e.Champ == champ);
    }
}
