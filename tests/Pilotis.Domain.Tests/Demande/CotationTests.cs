using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Domain.Tests.Demande;

/// <summary>Cotation de la demande (CCH L441-2-8, DOMAIN §4.2) : chaque type de critère, son explication, la validation
/// et la simulation.</summary>
public class CalculCotationTests
{
    private static readonly DateOnly Aujourdhui = new(2026, 11, 28);
    private static readonly HashSet<string> CommunesNimes = ["30189", "30007"];

    private static DemandeLogement Demande(Action<DemandeLogement>? modifier = null)
    {
        var d = new DemandeLogement
        {
            NumeroUnique = "030-TEST",
            DepartementCode = "30",
            DateDepot = new DateOnly(2025, 9, 10),
            RessourcesParUc = 7450m,
            SituationLogement = SituationLogement.LocataireParcPrive,
            CommuneResidenceCode = "30189",
        };
        modifier?.Invoke(d);
        return d;
    }

    private static ContexteCotation Contexte(decimal? seuil = 9120m) => new(Aujourdhui, seuil, CommunesNimes);

    private static LigneScore Ligne(
        CritereCotation critere,
        DemandeLogement demande,
        ContexteCotation? contexte = null
    ) => Assert.Single(CalculCotation.Calculer([critere], demande, contexte ?? Contexte())!.Lignes);

    public static TheoryData<string, CritereCotation, Action<DemandeLogement>, decimal, string> Cas =>
        new()
        {
            {
                "DALO reconnu (L441-2-3)",
                new(TypeCritere.Dalo, 0, 100m, null, "Reconnu prioritaire DALO"),
                d => d.Dalo = true,
                100m,
                "Reconnu prioritaire DALO : +100"
            },
            {
                "DALO absent",
                new(TypeCritere.Dalo, 0, 100m, null, "Reconnu prioritaire DALO"),
                _ => { },
                0m,
                "Reconnu prioritaire DALO : non concerné, 0"
            },
            {
                "Critère L441-1 g) présent",
                new(
                    TypeCritere.CriterePrioritaire,
                    (int)CriteresPrioritaires.Violences,
                    30m,
                    null,
                    "Violences conjugales"
                ),
                d => d.CriteresPrioritaires = CriteresPrioritaires.Violences | CriteresPrioritaires.Handicap,
                30m,
                "Violences conjugales : +30"
            },
            {
                "Critère L441-1 g) absent",
                new(
                    TypeCritere.CriterePrioritaire,
                    (int)CriteresPrioritaires.Violences,
                    30m,
                    null,
                    "Violences conjugales"
                ),
                d => d.CriteresPrioritaires = CriteresPrioritaires.Handicap,
                0m,
                "Violences conjugales : non concerné, 0"
            },
            {
                "Motif sans logement",
                new(TypeCritere.Motif, (int)MotifsDemande.SansLogement, 40m, null, "Sans logement"),
                d => d.Motifs = MotifsDemande.SansLogement | MotifsDemande.Divorce,
                40m,
                "Sans logement : +40"
            },
            {
                "Motif absent",
                new(TypeCritere.Motif, (int)MotifsDemande.SansLogement, 40m, null, "Sans logement"),
                d => d.Motifs = MotifsDemande.Divorce,
                0m,
                "Sans logement : non concerné, 0"
            },
            {
                "Situation hébergé",
                new(TypeCritere.SituationLogement, (int)SituationLogement.Heberge, 15m, null, "Hébergé"),
                d => d.SituationLogement = SituationLogement.Heberge,
                15m,
                "Hébergé : +15"
            },
            {
                "Situation autre",
                new(TypeCritere.SituationLogement, (int)SituationLogement.Heberge, 15m, null, "Hébergé"),
                _ => { },
                0m,
                "Hébergé : non concerné, 0"
            },
            {
                "Ancienneté 14 mois",
                new(TypeCritere.AncienneteParMois, 0, 2m, 120m, "Ancienneté"),
                d => d.DateDepot = new DateOnly(2025, 9, 10),
                28m,
                "Ancienneté : 14 mois × 2 points = 28 (plafond 120)"
            },
            {
                "Ancienneté plafonnée",
                new(TypeCritere.AncienneteParMois, 0, 2m, 120m, "Ancienneté"),
                d => d.DateDepot = new DateOnly(2019, 1, 1),
                120m,
                "Ancienneté : 94 mois × 2 points = 120 (plafond 120)"
            },
            {
                "Ancienneté sans plafond",
                new(TypeCritere.AncienneteParMois, 0, 1.5m, null, "Ancienneté"),
                d => d.DateDepot = new DateOnly(2026, 1, 28),
                15m,
                "Ancienneté : 10 mois × 1,5 points = 15"
            },
            {
                "Premier quartile atteint",
                new(TypeCritere.PremierQuartile, 0, 20m, null, "Q1"),
                _ => { },
                20m,
                "Ressources par UC 7 450 € ≤ seuil du premier quartile 9 120 € : +20"
            },
            {
                "Premier quartile dépassé",
                new(TypeCritere.PremierQuartile, 0, 20m, null, "Q1"),
                d => d.RessourcesParUc = 12000m,
                0m,
                "Ressources par UC 12 000 € > seuil du premier quartile 9 120 € : 0"
            },
            {
                "Habite l'EPCI",
                new(TypeCritere.HabiteEpci, 0, 10m, null, "Habite"),
                _ => { },
                10m,
                "Habite dans l'EPCI : +10"
            },
            {
                "N'habite ni ne travaille dans l'EPCI",
                new(TypeCritere.HabiteEpci, 0, 10m, null, "Habite"),
                d => d.CommuneResidenceCode = "34172",
                0m,
                "N'habite pas et ne travaille pas dans l'EPCI : 0"
            },
            {
                "Travaille dans l'EPCI",
                new(TypeCritere.TravailleEpci, 0, 10m, null, "Travaille"),
                d => d.CommuneTravailCode = "30007",
                10m,
                "Travaille dans l'EPCI : +10"
            },
            {
                "Habite mais ne travaille pas dans l'EPCI",
                new(TypeCritere.TravailleEpci, 0, 10m, null, "Travaille"),
                d => d.CommuneTravailCode = "34172",
                0m,
                "Ne travaille pas dans l'EPCI : 0"
            },
            {
                "Handicap dans le ménage",
                new(TypeCritere.Handicap, 0, 15m, null, "Handicap"),
                d => d.Handicap = true,
                15m,
                "Handicap : +15"
            },
            {
                "Mutation pénalisée",
                new(TypeCritere.Mutation, 0, -5m, null, "Mutation"),
                d => d.Mutation = true,
                -5m,
                "Mutation : -5"
            },
            {
                "Pas de mutation",
                new(TypeCritere.Mutation, 0, -5m, null, "Mutation"),
                _ => { },
                0m,
                "Mutation : non concerné, 0"
            },
        };

    // CCH L441-2-8 : chaque critère de la grille publiée rapporte ses points, expliqués en français.
    [Theory]
    [MemberData(nameof(Cas))]
    public void Chaque_critere_rapporte_ses_points_et_s_explique(
        string cas,
        CritereCotation critere,
        Action<DemandeLogement> situation,
        decimal points,
        string explication
    )
    {
        var ligne = Ligne(critere, Demande(situation));
        Assert.True(points == ligne.Points, $"{cas} : {ligne.Points} au lieu de {points}");
        Assert.Equal(explication, Espaces(ligne.Explication));
    }

    /// <summary>Les milliers s'écrivent avec une espace fine insécable (fr-FR) : on compare avec une espace
    /// simple.</summary>
    private static string Espaces(string texte) => texte.Replace('\u202f', ' ').Replace('\u00a0', ' ');

    [Fact]
    public void Le_mois_entame_ne_compte_pas()
    {
        var ligne = Ligne(
            new(TypeCritere.AncienneteParMois, 0, 2m, 120m, "Ancienneté"),
            Demande(d => d.DateDepot = new DateOnly(2025, 9, 29))
        );
        Assert.Equal(26m, ligne.Points);
        Assert.Equal("Ancienneté : 13 mois × 2 points = 26 (plafond 120)", ligne.Explication);
    }

    [Theory]
    [InlineData(2025, 9, 10, 2026, 11, 28, 14)]
    [InlineData(2025, 11, 28, 2026, 11, 28, 12)]
    [InlineData(2025, 11, 29, 2026, 11, 28, 11)]
    [InlineData(2026, 12, 1, 2026, 11, 28, 0)]
    [InlineData(2026, 1, 31, 2026, 2, 28, 0)]
    public void Mois_entiers(int a1, int m1, int j1, int a2, int m2, int j2, int mois) =>
        Assert.Equal(mois, CalculCotation.MoisEntiers(new DateOnly(a1, m1, j1), new DateOnly(a2, m2, j2)));

    [Fact]
    public void Sans_seuil_connu_le_premier_quartile_ne_rapporte_rien()
    {
        var ligne = Ligne(new(TypeCritere.PremierQuartile, 0, 20m, null, "Q1"), Demande(), Contexte(seuil: null));
        Assert.Equal(0m, ligne.Points);
        Assert.Contains("inconnu", ligne.Explication, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StatutDemande.Radiee, false)]
    [InlineData(StatutDemande.Satisfaite, false)]
    [InlineData(StatutDemande.Active, true)]
    public void Une_demande_radiee_satisfaite_ou_purgee_n_est_pas_cotee(StatutDemande statut, bool purgee)
    {
        var d = Demande(d =>
        {
            d.Statut = statut;
            d.DatePurge = purgee ? Aujourdhui : null;
        });
        Assert.Null(CalculCotation.Calculer(PropositionGrilleCotation.Criteres(), d, Contexte()));
    }

    [Fact]
    public void Le_total_est_la_somme_des_lignes_et_egal_au_calcul_rapide()
    {
        var criteres = PropositionGrilleCotation.Criteres();
        var d = Demande(d =>
        {
            d.Dalo = true;
            d.Motifs = MotifsDemande.Violences;
            d.CriteresPrioritaires = CriteresPrioritaires.Violences;
            d.Handicap = true;
        });
        var score = CalculCotation.Calculer(criteres, d, Contexte())!;
        Assert.Equal(criteres.Count, score.Lignes.Count);
        Assert.Equal(score.Lignes.Sum(l => l.Points), score.Total);
        // DALO 100 + L441-1 g) 30 + violences 40 + 14 mois × 2 + Q1 20 + habite 10 + handicap 15
        Assert.Equal(100m + 30m + 40m + 28m + 20m + 10m + 15m, score.Total);
        Assert.Equal(score.Total, CalculCotation.Total(criteres, DonneesCotation.De(d), Contexte()));
    }
}

public class ValidationGrilleCotationTests
{
    [Fact]
    public void La_proposition_par_defaut_est_valide() =>
        Assert.Empty(ValidationGrilleCotation.Valider(PropositionGrilleCotation.Criteres()));

    public static TheoryData<string, CritereCotation[], string, string> Cas =>
        new()
        {
            { "grille vide", [], "Criteres", "au moins un critère" },
            {
                "points trop grands",
                [new(TypeCritere.Dalo, 0, 1001m, null, "")],
                "Criteres[0].Points",
                "entre −1 000 et 1 000"
            },
            {
                "points trop négatifs",
                [new(TypeCritere.Mutation, 0, -1001m, null, "")],
                "Criteres[0].Points",
                "entre −1 000 et 1 000"
            },
            {
                "plafond hors ancienneté",
                [new(TypeCritere.Dalo, 0, 100m, 50m, "")],
                "Criteres[0].Plafond",
                "seul le critère d'ancienneté"
            },
            {
                "plafond nul",
                [new(TypeCritere.AncienneteParMois, 0, 2m, 0m, "")],
                "Criteres[0].Plafond",
                "supérieur à 0"
            },
            {
                "doublon",
                [new(TypeCritere.Dalo, 0, 100m, null, ""), new(TypeCritere.Dalo, 0, 50m, null, "")],
                "Criteres[1].Type",
                "figure déjà"
            },
            {
                "paramètre inutile",
                [new(TypeCritere.Dalo, 3, 100m, null, "")],
                "Criteres[0].Parametre",
                "ne prend pas de précision"
            },
            {
                "motif inconnu",
                [new(TypeCritere.Motif, 3, 10m, null, "")],
                "Criteres[0].Parametre",
                "précision valable"
            },
            {
                "critère L441-1 absent",
                [new(TypeCritere.CriterePrioritaire, 0, 10m, null, "")],
                "Criteres[0].Parametre",
                "précision valable"
            },
            {
                "situation inconnue",
                [new(TypeCritere.SituationLogement, 42, 10m, null, "")],
                "Criteres[0].Parametre",
                "précision valable"
            },
        };

    [Theory]
    [MemberData(nameof(Cas))]
    public void Une_grille_invalide_est_refusee_champ_par_champ(
        string cas,
        CritereCotation[] criteres,
        string champ,
        string message
    )
    {
        var erreurs = ValidationGrilleCotation.Valider(criteres);
        Assert.True(
            erreurs.Any(e => e.Champ == champ && e.Message.Contains(message, StringComparison.Ordinal)),
            $"{cas} : {string.Join(" | ", erreurs.Select(e => $"{e.Champ} {e.Message}"))}"
        );
    }

    [Fact]
    public void Deux_motifs_differents_ne_sont_pas_des_doublons() =>
        Assert.Empty(
            ValidationGrilleCotation.Valider([
                new(TypeCritere.Motif, (int)MotifsDemande.SansLogement, 10m, null, ""),
                new(TypeCritere.Motif, (int)MotifsDemande.Violences, 10m, null, ""),
            ])
        );
}

public class ComparaisonClassementsTests
{
    private static readonly DateOnly J = new(2025, 1, 1);

    [Fact]
    public void Classe_par_score_puis_date_de_depot_puis_identifiant_et_mesure_les_deplacements()
    {
        ScoresDemande[] demandes =
        [
            new(1, J, 100m, 10m),
            new(2, J.AddDays(1), 50m, 200m),
            new(3, J, 50m, 50m),
            new(4, J.AddDays(-5), 10m, 50m),
        ];
        var bilan = ComparaisonClassements.Comparer(demandes);
        var parId = bilan.Mouvements.ToDictionary(m => m.Id);
        // Avant : 1 (100), 3 (50, déposée le 1er), 2 (50, le 2), 4
        // (10). Après : 2 (200), 4 (50, plus ancienne), 3 (50), 1 (10).
        Assert.Equal((1, 4), (parId[1].AncienRang, parId[1].NouveauRang));
        Assert.Equal((3, 1), (parId[2].AncienRang, parId[2].NouveauRang));
        Assert.Equal((2, 3), (parId[3].AncienRang, parId[3].NouveauRang));
        Assert.Equal((4, 2), (parId[4].AncienRang, parId[4].NouveauRang));
        Assert.Equal(-3, parId[1].Deplacement);
        Assert.Equal((4, 2, 2, 0), (bilan.Demandes, bilan.Montent, bilan.Descendent, bilan.Inchangees));
        Assert.Equal((3 + 2 + 1 + 2) / 4m, bilan.DeplacementMoyenAbsolu);
        Assert.Equal(1, bilan.PlusGrandsDeplacements.First().Id);
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(0, 0)]
    public void Sans_changement_personne_ne_bouge(int nombre, int attendu)
    {
        var demandes = Enumerable
            .Range(1, nombre)
            .Select(i => new ScoresDemande(i, J.AddDays(i), i * 10m, i * 10m))
            .ToList();
        var bilan = ComparaisonClassements.Comparer(demandes);
        Assert.Equal(nombre, bilan.Inchangees);
        Assert.Equal(attendu, bilan.Montent + bilan.Descendent);
        Assert.Equal(0m, bilan.DeplacementMoyenAbsolu);
    }

    [Fact]
    public void Sans_grille_publiee_l_ancien_classement_suit_la_date_de_depot()
    {
        var bilan = ComparaisonClassements.Comparer([new(1, J.AddDays(1), null, 10m), new(2, J, null, 5m)]);
        var parId = bilan.Mouvements.ToDictionary(m => m.Id);
        Assert.Equal((2, 1), (parId[1].AncienRang, parId[1].NouveauRang));
        Assert.Equal((1, 1, 0), (bilan.Montent, bilan.Descendent, bilan.Inchangees));
    }
}
