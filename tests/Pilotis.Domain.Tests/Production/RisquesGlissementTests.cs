using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Production;

/// <summary>
/// Risque qu'une opération programmée glisse à l'année suivante (seed 000, question 1), aujourd'hui = 15/03/2026.
/// </summary>
public sealed class RisquesGlissementTests
{
    private static readonly DateOnly Aujourdhui = new(2026, 3, 15);

    public static IEnumerable<object?[]> Cas =>
        [
            // cas, nature, statut, année, mois, foncier, permis, financement, déposé, difficulté, niveau attendu,
            // raison attendue (extrait)
            new object?[]
            {
                "agréée",
                NatureOperation.Neuf,
                StatutOperation.Engagee,
                2025,
                12,
                false,
                EtatPermis.NonDepose,
                false,
                true,
                true,
                NiveauRisque.Faible,
                "",
            },
            new object?[]
            {
                "annulée",
                NatureOperation.Neuf,
                StatutOperation.Annulee,
                2025,
                12,
                false,
                EtatPermis.NonDepose,
                false,
                true,
                false,
                NiveauRisque.Faible,
                "",
            },
            new object?[]
            {
                "sans année",
                NatureOperation.Neuf,
                StatutOperation.BrouillonCree,
                null,
                null,
                false,
                EtatPermis.NonDepose,
                false,
                false,
                false,
                NiveauRisque.Faible,
                "",
            },
            new object?[]
            {
                "programmée l'an passé",
                NatureOperation.Vefa,
                StatutOperation.Transmise,
                2025,
                11,
                true,
                EtatPermis.SansObjet,
                true,
                true,
                false,
                NiveauRisque.Eleve,
                "programmée en 2025 et toujours pas agréée",
            },
            new object?[]
            {
                "mois passé",
                NatureOperation.Vefa,
                StatutOperation.Transmise,
                2026,
                2,
                true,
                EtatPermis.SansObjet,
                true,
                true,
                false,
                NiveauRisque.Eleve,
                "le mois d'agrément prévu est passé",
            },
            new object?[]
            {
                "foncier à 3 mois",
                NatureOperation.Neuf,
                StatutOperation.Transmise,
                2026,
                6,
                false,
                EtatPermis.Obtenu,
                true,
                true,
                false,
                NiveauRisque.Eleve,
                "foncier non maîtrisé à moins de six mois",
            },
            new object?[]
            {
                "permis non déposé à 3 mois",
                NatureOperation.DemolitionReconstruction,
                StatutOperation.Transmise,
                2026,
                6,
                true,
                EtatPermis.NonDepose,
                true,
                true,
                false,
                NiveauRisque.Eleve,
                "permis non déposé à moins de six mois",
            },
            new object?[]
            {
                "non déposé à 1 mois",
                NatureOperation.Vefa,
                StatutOperation.BrouillonATransmettre,
                2026,
                4,
                true,
                EtatPermis.SansObjet,
                true,
                false,
                false,
                NiveauRisque.Eleve,
                "dossier non déposé à moins de deux mois",
            },
            new object?[]
            {
                "difficulté ouverte",
                NatureOperation.Vefa,
                StatutOperation.Transmise,
                2027,
                6,
                true,
                EtatPermis.SansObjet,
                true,
                true,
                true,
                NiveauRisque.Eleve,
                "difficulté signalée",
            },
            new object?[]
            {
                "mûre",
                NatureOperation.Vefa,
                StatutOperation.BrouillonCree,
                2027,
                6,
                false,
                EtatPermis.SansObjet,
                true,
                false,
                false,
                NiveauRisque.Faible,
                "",
            },
            new object?[]
            {
                "financement non bouclé",
                NatureOperation.Vefa,
                StatutOperation.BrouillonCree,
                2027,
                6,
                false,
                EtatPermis.SansObjet,
                false,
                false,
                false,
                NiveauRisque.Moyen,
                "plan de financement non bouclé",
            },
            new object?[]
            {
                "permis déposé",
                NatureOperation.Neuf,
                StatutOperation.BrouillonCree,
                2027,
                12,
                true,
                EtatPermis.Depose,
                true,
                false,
                false,
                NiveauRisque.Moyen,
                "permis déposé, pas encore obtenu",
            },
            new object?[]
            {
                "foncier lointain",
                NatureOperation.Neuf,
                StatutOperation.BrouillonCree,
                2027,
                12,
                false,
                EtatPermis.Obtenu,
                true,
                false,
                false,
                NiveauRisque.Moyen,
                "foncier non maîtrisé",
            },
            new object?[]
            {
                "pas encore déposé cette année",
                NatureOperation.Vefa,
                StatutOperation.BrouillonCree,
                2026,
                12,
                true,
                EtatPermis.SansObjet,
                true,
                false,
                false,
                NiveauRisque.Moyen,
                "dossier pas encore déposé",
            },
            new object?[]
            {
                "VEFA sans foncier à 3 mois",
                NatureOperation.Vefa,
                StatutOperation.Transmise,
                2026,
                6,
                false,
                EtatPermis.NonDepose,
                true,
                true,
                false,
                NiveauRisque.Faible,
                "",
            },
        ];

    [Theory]
    [MemberData(nameof(Cas))]
    public void Le_risque_de_glissement_se_lit_dans_ses_raisons(
        string cas,
        NatureOperation nature,
        StatutOperation statut,
        int? annee,
        int? mois,
        bool foncier,
        EtatPermis permis,
        bool financement,
        bool depose,
        bool difficulte,
        NiveauRisque attendu,
        string raison
    )
    {
        var o = new Operation
        {
            Numero = "R-1",
            Nom = cas,
            BailleurId = 1,
            CommuneCode = "30189",
            DepartementCode = "30",
            RegionCode = "76",
            Nature = nature,
            Statut = statut,
            AnneeProgrammation = annee,
            MoisAgrementPrevu = mois,
            FoncierMaitrise = foncier,
            Permis = permis,
            FinancementBoucle = financement,
            DateDepot = depose ? new DateOnly(2026, 1, 10) : null,
        };
        var risque = RisquesGlissement.Evaluer(o, Aujourdhui, difficulte);
        Assert.Equal(attendu, risque.Niveau);
        if (raison.Length == 0)
            Assert.Empty(risque.Raisons);
        else
            Assert.Contains(risque.Raisons, r => r.Contains(raison, StringComparison.Ordinal));
    }

    [Fact]
    public void Un_risque_eleve_garde_aussi_les_raisons_moyennes()
    {
        var o = new Operation
        {
            Numero = "R-2",
            Nom = "x",
            BailleurId = 1,
            CommuneCode = "30189",
            DepartementCode = "30",
            RegionCode = "76",
            Nature = NatureOperation.Vefa,
            Statut = StatutOperation.Transmise,
            AnneeProgrammation = 2025,
            MoisAgrementPrevu = 6,
            FinancementBoucle = false,
            DateDepot = new DateOnly(2025, 1, 1),
        };
        var risque = RisquesGlissement.Evaluer(o, Aujourdhui);
        Assert.Equal(NiveauRisque.Eleve, risque.Niveau);
        Assert.Equal("élevé", risque.Libelle);
        Assert.Contains("plan de financement non bouclé", risque.Raisons);
    }

    [Theory]
    [InlineData(100, 30, 50, 80, -20, 0.8)]
    [InlineData(0, 5, 5, 10, 10, null)]
    [InlineData(3, 0, 0, 0, -3, 0.0)]
    public void Une_ligne_de_consolidation_donne_pipeline_ecart_et_couverture(
        int objectif,
        int agrees,
        int programmes,
        int pipeline,
        int ecart,
        double? taux
    )
    {
        var l = new LigneConsolidation(Produit.Plus, objectif, agrees, programmes, 0);
        Assert.Equal(pipeline, l.Pipeline);
        Assert.Equal(ecart, l.Ecart);
        Assert.Equal(taux is null ? null : (decimal)taux.Value, l.TauxCouverture);
    }
}
