using Pilotis.Domain.Information;
using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Information;

/// <summary>
/// Les indicateurs des solutions 6 et 7 (seed 001) : part des communes formées, satisfaction moyenne, opérations
/// suivies dans l'année et part concertée avant le permis, règles de la concertation saisie.
/// </summary>
public class IndicateursInformationTests
{
    [Theory]
    [InlineData(0, 351, "0")]
    [InlineData(35, 351, "0.0997")]
    [InlineData(351, 351, "1")]
    [InlineData(400, 351, "1")]
    [InlineData(1, 3, "0.3333")]
    [InlineData(2, 3, "0.6667")]
    public void La_part_des_communes_formees_est_arrondie_a_quatre_decimales(int formees, int communes, string part)
    {
        Assert.Equal(
            decimal.Parse(part, System.Globalization.CultureInfo.InvariantCulture),
            IndicateursFormation.PartCommunesFormees(formees, communes)
        );
    }

    [Fact]
    public void Sans_commune_la_part_est_nulle()
    {
        Assert.Null(IndicateursFormation.PartCommunesFormees(0, 0));
    }

    [Theory]
    [InlineData(new[] { 5, 4, 4 }, "4.33")]
    [InlineData(new[] { 5, 4, 4, 5 }, "4.5")]
    [InlineData(new[] { 1 }, "1")]
    [InlineData(new[] { 2, 3, 3 }, "2.67")]
    public void La_satisfaction_est_la_moyenne_des_notes(int[] notes, string moyenne)
    {
        Assert.Equal(
            decimal.Parse(moyenne, System.Globalization.CultureInfo.InvariantCulture),
            IndicateursFormation.SatisfactionMoyenne(notes)
        );
    }

    [Fact]
    public void Sans_reponse_la_satisfaction_est_nulle()
    {
        Assert.Null(IndicateursFormation.SatisfactionMoyenne([]));
    }

    [Theory]
    // date d'arrêté, début du mandat attendu (vide : aucun)
    [InlineData("2026-12-31", "2026-03-22")]
    [InlineData("2026-03-22", "2026-03-22")]
    [InlineData("2026-03-21", "2020-06-28")]
    [InlineData("2019-12-31", "")]
    public void Le_mandat_en_cours_est_le_dernier_commence(string arrete, string debut)
    {
        var periode = IndicateursFormation.PeriodeDuMandat(
            DateOnly.Parse(arrete, System.Globalization.CultureInfo.InvariantCulture)
        );
        if (debut.Length == 0)
            Assert.Null(periode);
        else
            Assert.Equal(
                DateOnly.Parse(debut, System.Globalization.CultureInfo.InvariantCulture),
                periode!.Value.Debut
            );
    }

    [Fact]
    public void Le_debut_du_mandat_2026_est_source_et_a_confirmer()
    {
        Assert.Equal(new DateOnly(2026, 3, 22), ParametreMandat.Municipales2026.Debut);
        Assert.True(ParametreMandat.Municipales2026.AConfirmer);
        Assert.Contains("à confirmer", ParametreMandat.Municipales2026.Source);
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(0, 4, "0")]
    [InlineData(3, 4, "75")]
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(4, 4, "100")]
    public void La_part_avant_permis_en_pourcentage(int concertees, int suivies, string? pourcentage)
    {
        var attendu = pourcentage is null
            ? (decimal?)null
            : decimal.Parse(pourcentage, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            attendu,
            IndicateursConcertation.EnPourcentage(IndicateursConcertation.PartAvantPermis(concertees, suivies))
        );
    }

    [Theory]
    // statut, permis, agrément, ouverture du chantier, livraison, suivie en 2026
    [InlineData(StatutOperation.Engagee, EtatPermis.Obtenu, "2026-05-01", null, null, true)]
    [InlineData(StatutOperation.Engagee, EtatPermis.Obtenu, "2025-05-01", null, null, false)]
    [InlineData(StatutOperation.Acompte, EtatPermis.PurgeDeRecours, "2024-05-01", "2025-09-01", null, true)]
    [InlineData(StatutOperation.Acompte, EtatPermis.PurgeDeRecours, "2024-05-01", "2025-09-01", "2026-11-30", false)]
    [InlineData(StatutOperation.Acompte, EtatPermis.PurgeDeRecours, "2024-05-01", "2025-09-01", "2027-01-15", true)]
    [InlineData(StatutOperation.Acompte, EtatPermis.Obtenu, "2026-01-10", "2027-02-01", null, true)]
    [InlineData(StatutOperation.AAgreer, EtatPermis.Depose, null, null, null, false)]
    [InlineData(StatutOperation.Annulee, EtatPermis.Obtenu, "2026-05-01", null, null, false)]
    [InlineData(StatutOperation.Engagee, EtatPermis.SansObjet, "2026-05-01", null, null, false)]
    public void Une_operation_est_suivie_si_agreee_dans_l_annee_ou_en_chantier(
        StatutOperation statut,
        EtatPermis permis,
        string? agrement,
        string? chantier,
        string? livraison,
        bool suivie
    )
    {
        static DateOnly? Date(string? t) =>
            t is null ? null : DateOnly.Parse(t, System.Globalization.CultureInfo.InvariantCulture);
        var o = new Operation
        {
            Numero = "T",
            Nom = "T",
            BailleurId = 1,
            CommuneCode = "30007",
            DepartementCode = "30",
            RegionCode = "76",
            Nature = NatureOperation.Neuf,
            Statut = statut,
            Permis = permis,
            DateAgrement = Date(agrement),
            DateOuvertureChantier = Date(chantier),
            DateLivraison = Date(livraison),
        };
        Assert.Equal(suivie, IndicateursConcertation.OperationSuivie(2026).Compile()(o));
    }

    [Theory]
    // date (jours après aujourd'hui), habitants, longueur des questions, champ en erreur (vide : aucun)
    [InlineData(0, 10, 10, "")]
    [InlineData(-30, 0, 0, "")]
    [InlineData(1, 10, 10, "Date")]
    [InlineData(0, -1, 10, "HabitantsRencontres")]
    [InlineData(0, 100_001, 10, "HabitantsRencontres")]
    [InlineData(0, 10, 4001, "Questions")]
    public void Une_action_de_concertation_est_faite_et_mesuree(int jours, int habitants, int questions, string champ)
    {
        var aujourdhui = new DateOnly(2026, 6, 1);
        var a = new ActionConcertation
        {
            Date = aujourdhui.AddDays(jours),
            HabitantsRencontres = habitants,
            Questions = new string('q', questions),
        };
        var erreurs = ValidationConcertation.Valider(a, aujourdhui);
        if (champ.Length == 0)
            Assert.Empty(erreurs);
        else
            Assert.Equal(champ, Assert.Single(erreurs).Champ);
    }
}
