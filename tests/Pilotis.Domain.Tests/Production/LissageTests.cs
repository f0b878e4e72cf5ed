using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Lissage;

namespace Pilotis.Domain.Tests.Production;

/// <summary>Smoothing of agreements (seed 000): monthly table, share after 1 November, forecast, alerts.</summary>
public sealed class LissageTests
{
    private static TableauLissage Tableau(int annee, params int[] logementsParMois) =>
        TableauLissage.Depuis(annee, logementsParMois.Select((l, i) => new MoisLissage(i + 1, l == 0 ? 0 : 1, l)));

    public static TheoryData<int[], int, double> Parts =>
        new()
        {
            // (units per month Jan..Dec, total, share after 1 November)
            { [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 0d },
            { [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 10, 0d },
            { [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30], 30, 1d },
            // Auvergne-Rhône-Alpes 2019: two thirds after 1 November.
            { [5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 30, 30], 90, 60d / 90d },
            { [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1], 4, 0.5d },
        };

    [Theory]
    [MemberData(nameof(Parts))]
    public void Part_apres_le_1er_novembre_en_logements(int[] mois, int total, double part)
    {
        var t = Tableau(2025, mois);
        Assert.Equal(total, t.LogementsAgreesTotal);
        Assert.Equal(part, t.PartLogementsAgreesApres1erNovembre, 10);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, new[] { 1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 66, 78 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5 }, new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5 })]
    public void Cumul_fin_de_mois(int[] mois, int[] cumul) => Assert.Equal(cumul, Tableau(2025, mois).Cumul);

    [Fact]
    public void Depuis_complete_les_mois_absents_et_remet_dans_l_ordre()
    {
        var t = TableauLissage.Depuis(2024, [new MoisLissage(12, 2, 30), new MoisLissage(3, 1, 4)]);
        Assert.Equal(2024, t.Annee);
        Assert.Equal(Enumerable.Range(1, 12), t.Mois.Select(m => m.Mois));
        Assert.Equal(new MoisLissage(3, 1, 4), t.Mois[2]);
        Assert.Equal(new MoisLissage(12, 2, 30), t.Mois[11]);
        Assert.All(t.Mois.Where(m => m.Mois is not (3 or 12)), m => Assert.Equal(new MoisLissage(m.Mois, 0, 0), m));
        Assert.Equal(12, TableauLissage.Depuis(2024, []).Mois.Count);
    }

    [Theory]
    [InlineData(120, 1, 10)]
    [InlineData(120, 12, 120)]
    [InlineData(100, 1, 8.3)]
    [InlineData(100, 6, 50)]
    [InlineData(0, 12, 0)]
    public void Cible_lineaire_un_douzieme_par_mois(int objectif, int mois, decimal attendu) =>
        Assert.Equal(attendu, TableauLissage.CibleLineaire(objectif)[mois - 1]);

    public static TheoryData<string, OperationAttendue[], string, int, int, int, int> Previsions =>
        new()
        {
            // (case, pipeline, today, already agreed, probable, uncertain, month receiving the probable units)
            {
                "faible et moyen probables, élevé incertain",
                [
                    new(1, 10, 2025, 11, NiveauRisque.Faible),
                    new(2, 5, 2025, 12, NiveauRisque.Moyen),
                    new(3, 7, 2025, 12, NiveauRisque.Eleve),
                ],
                "2025-06-15",
                20,
                15,
                7,
                0
            },
            {
                "mois prévu passé reporté sur le mois courant",
                [new(1, 8, 2025, 2, NiveauRisque.Faible)],
                "2025-06-15",
                20,
                8,
                0,
                6
            },
            { "sans mois prévu : décembre", [new(1, 4, 2025, null, NiveauRisque.Moyen)], "2025-06-15", 20, 4, 0, 12 },
            {
                "autre année de programmation ignorée",
                [new(1, 9, 2026, 3, NiveauRisque.Faible), new(2, 9, null, 3, NiveauRisque.Faible)],
                "2025-06-15",
                20,
                0,
                0,
                0
            },
            {
                "année passée : plus rien n'est attendu",
                [new(1, 9, 2025, 12, NiveauRisque.Faible)],
                "2026-02-01",
                20,
                0,
                0,
                0
            },
            {
                "année future : à partir de janvier",
                [new(1, 6, 2025, 3, NiveauRisque.Faible)],
                "2024-10-01",
                20,
                6,
                0,
                3
            },
        };

    [Theory]
    [MemberData(nameof(Previsions))]
    public void Prevision_de_fin_d_annee(
        string cas,
        OperationAttendue[] pipeline,
        string aujourdhui,
        int deja,
        int probables,
        int incertains,
        int mois
    )
    {
        var realise = Tableau(2025, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var p = PrevisionsLissage.Calculer(
            realise,
            pipeline,
            DateOnly.Parse(aujourdhui, System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.True(deja == p.DejaAgrees, cas);
        Assert.True(probables == p.AttendusProbables, cas);
        Assert.True(incertains == p.AttendusIncertains, cas);
        Assert.Equal(deja + probables, p.Prevision);
        Assert.Equal(probables, p.ParMoisRestant.Sum());
        if (mois > 0)
            Assert.True(p.ParMoisRestant[mois - 1] > 0, cas);
    }

    private static Operation Operation(
        StatutOperation statut,
        int? annee = 2025,
        int? mois = 12,
        DateOnly? depot = null,
        DateOnly? complet = null
    ) =>
        new()
        {
            Id = 7,
            Numero = "OP-7",
            Nom = "Les Oliviers",
            BailleurId = 1,
            CommuneCode = "30189",
            DepartementCode = "30",
            RegionCode = "76",
            Nature = NatureOperation.Neuf,
            Statut = statut,
            AnneeProgrammation = annee,
            MoisAgrementPrevu = mois,
            DateDepot = depot,
            DateDossierComplet = complet,
        };

    private static readonly RisqueGlissement Faible = new(NiveauRisque.Faible, []);
    private static readonly RisqueGlissement Eleve = new(
        NiveauRisque.Eleve,
        ["foncier non maîtrisé à moins de six mois de l'agrément prévu"]
    );

    public static TheoryData<string, Operation, RisqueGlissement, string, TypeAlerte[]> Alertes =>
        new()
        {
            {
                "risque élevé l'année en cours : manquera l'année",
                Operation(StatutOperation.BrouillonCree, depot: null),
                Eleve,
                "2025-03-01",
                [TypeAlerte.ManqueraLAnnee]
            },
            {
                "risque élevé, programmée l'an prochain : pas encore",
                Operation(StatutOperation.BrouillonCree, annee: 2026),
                Eleve,
                "2025-03-01",
                []
            },
            {
                "incomplet depuis 61 jours",
                Operation(StatutOperation.Transmise, depot: new(2025, 1, 1)),
                Faible,
                "2025-03-03",
                [TypeAlerte.IncompletTropLongtemps]
            },
            {
                "incomplet depuis 60 jours : pas encore",
                Operation(StatutOperation.Transmise, depot: new(2025, 1, 1)),
                Faible,
                "2025-03-02",
                []
            },
            {
                "complet : pas d'alerte de complétude",
                Operation(StatutOperation.ProgrammeeComplet, depot: new(2025, 1, 1), complet: new(2025, 2, 1)),
                Faible,
                "2025-06-01",
                []
            },
            {
                "déposé après la date limite du trimestre",
                Operation(StatutOperation.ProgrammeeComplet, depot: new(2025, 10, 5), complet: new(2025, 10, 6)),
                Faible,
                "2025-10-10",
                [TypeAlerte.DepotApresCalendrier]
            },
            {
                "pas déposé, date limite passée",
                Operation(StatutOperation.BrouillonCree, mois: 5),
                Faible,
                "2025-03-01",
                [TypeAlerte.DepotApresCalendrier]
            },
            {
                "pas déposé, date limite à venir",
                Operation(StatutOperation.BrouillonCree, mois: 12),
                Faible,
                "2025-03-01",
                []
            },
            {
                "agréée : aucune alerte",
                Operation(StatutOperation.Engagee, depot: new(2025, 10, 5)),
                Eleve,
                "2025-12-01",
                []
            },
            { "annulée : aucune alerte", Operation(StatutOperation.Annulee), Eleve, "2025-12-01", [] },
        };

    [Theory]
    [MemberData(nameof(Alertes))]
    public void Alertes_de_production(
        string cas,
        Operation o,
        RisqueGlissement risque,
        string aujourdhui,
        TypeAlerte[] attendues
    )
    {
        var calendrier = EcheanceDepot.ParDefaut("30", 2025);
        var alertes = AlertesProduction
            .Pour(o, risque, calendrier, DateOnly.Parse(aujourdhui, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(
            attendues.SequenceEqual(alertes.Select(a => a.Type)),
            $"{cas} : {string.Join(", ", alertes.Select(a => a.Type))}"
        );
        Assert.All(alertes, a => Assert.Equal(7, a.OperationId));
        Assert.All(alertes, a => Assert.False(string.IsNullOrWhiteSpace(a.Message)));
    }
}
