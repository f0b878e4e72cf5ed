using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Tests.Sru;

public class AssujettissementSruTests
{
    private static readonly ParametresSru P = ParametresSru.Periode2023_2025;
    private static readonly DateOnly Date = new(2024, 1, 1);

    // CCH L302-5 I: commune ≥ 3,500 (≥ 1,500 in Île-de-France) in an agglomeration or EPCI of more
    // than 50,000 inhabitants comprising a commune of more than 15,000.
    [Theory]
    [InlineData(3_499, false, 60_000, 20_000, null, null, StatutSru.NonSoumise)]
    [InlineData(3_500, false, 60_000, 20_000, null, null, StatutSru.Soumise)]
    [InlineData(1_499, true, 60_000, 20_000, null, null, StatutSru.NonSoumise)]
    [InlineData(1_500, true, 60_000, 20_000, null, null, StatutSru.Soumise)]
    [InlineData(1_500, false, 60_000, 20_000, null, null, StatutSru.NonSoumise)]
    // "plus de 50 000": 50,000 is not enough
    [InlineData(5_000, false, 50_000, 20_000, null, null, StatutSru.NonSoumise)]
    [InlineData(5_000, false, 50_001, 20_000, null, null, StatutSru.Soumise)]
    [InlineData(5_000, false, 60_000, 15_000, null, null, StatutSru.NonSoumise)] // "plus de 15 000"
    [InlineData(5_000, false, 60_000, 15_001, null, null, StatutSru.Soumise)]
    [InlineData(5_000, false, 40_000, 20_000, 60_000, 20_000, StatutSru.Soumise)] // EPCI route
    [InlineData(5_000, false, null, null, 60_000, 15_000, StatutSru.NonSoumise)]
    [InlineData(5_000, false, null, null, 50_001, 15_001, StatutSru.Soumise)]
    [InlineData(5_000, false, null, null, null, null, StatutSru.NonSoumise)]
    public void Seuils_de_population(
        int commune,
        bool idf,
        int? agglo,
        int? aggloMax,
        int? epci,
        int? epciMax,
        StatutSru attendu
    )
    {
        var donnees = new DonneesAssujettissementSru
        {
            PopulationCommune = commune,
            IleDeFrance = idf,
            PopulationAgglomeration = agglo,
            PopulationPlusGrandeCommuneAgglomeration = aggloMax,
            PopulationEpci = epci,
            PopulationPlusGrandeCommuneEpci = epciMax,
        };
        var resultat = AssujettissementSru.Determiner(donnees, [], Date, P);
        Assert.Equal(attendu, resultat.Statut);
        Assert.False(string.IsNullOrWhiteSpace(resultat.Motif));
    }

    [Fact]
    public void Le_motif_explique_en_francais()
    {
        var petite = AssujettissementSru.Determiner(
            new DonneesAssujettissementSru { PopulationCommune = 3_200 },
            [],
            Date,
            P
        );
        Assert.Equal("Population de 3\u00A0200 habitants, inférieure au seuil de 3\u00A0500 habitants.", petite.Motif);

        var parEpci = AssujettissementSru.Determiner(
            new DonneesAssujettissementSru
            {
                PopulationCommune = 8_000,
                PopulationEpci = 250_000,
                PopulationPlusGrandeCommuneEpci = 151_800,
            },
            [],
            Date,
            P
        );
        Assert.Contains("un EPCI de 250\u00A0000 habitants", parEpci.Motif, StringComparison.Ordinal);
        Assert.Contains("CCH L302-5", parEpci.Motif, StringComparison.Ordinal);
    }

    // CCH L302-5 III: exemption by decree for a period (e.g. Pont-Saint-Esprit 30202, 2020-2022).
    [Theory]
    [InlineData("2019-12-31", StatutSru.Soumise)]
    [InlineData("2020-01-01", StatutSru.Exemptee)]
    [InlineData("2022-12-31", StatutSru.Exemptee)]
    [InlineData("2023-01-01", StatutSru.Soumise)]
    public void Exemption_par_decret_pour_une_periode(string date, StatutSru attendu)
    {
        var exemption = new ExemptionSru(
            "décret fixant la liste des communes exemptées pour 2020-2022",
            new DateOnly(2020, 1, 1),
            new DateOnly(2022, 12, 31),
            MotifExemptionSru.InsuffisammentReliee
        );
        var pontSaintEsprit = new DonneesAssujettissementSru
        {
            PopulationCommune = 10_500,
            PopulationEpci = 75_000,
            PopulationPlusGrandeCommuneEpci = 17_000,
        };
        var resultat = AssujettissementSru.Determiner(
            pontSaintEsprit,
            [exemption],
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            P
        );
        Assert.Equal(attendu, resultat.Statut);
        Assert.Equal(attendu == StatutSru.Exemptee, resultat.Exemption is not null);
        if (attendu == StatutSru.Exemptee)
        {
            Assert.Contains("insuffisamment reliée", resultat.Motif, StringComparison.Ordinal);
            Assert.Equal("exemptee", resultat.CodeStatut);
        }
    }

    [Fact]
    public void Une_exemption_ne_rend_pas_soumise_une_commune_trop_petite()
    {
        var exemption = new ExemptionSru(
            "décret",
            new DateOnly(2023, 1, 1),
            new DateOnly(2025, 12, 31),
            MotifExemptionSru.FaibleTension
        );
        var resultat = AssujettissementSru.Determiner(
            new DonneesAssujettissementSru { PopulationCommune = 2_000 },
            [exemption],
            Date,
            P
        );
        Assert.Equal(StatutSru.NonSoumise, resultat.Statut);
        Assert.Equal("non-soumise", resultat.CodeStatut);
    }

    // CCH L302-5 III: candidates for exemption when fewer than 2 demands per move-in.
    [Theory]
    [InlineData(1.99, true)]
    [InlineData(2.0, false)]
    public void Candidate_a_l_exemption_par_faible_tension(double tension, bool attendu) =>
        Assert.Equal(attendu, AssujettissementSru.PeutEtreExempteeParFaibleTension((decimal)tension, P));
}
