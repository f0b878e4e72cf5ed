using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Demande;

/// <summary>
/// Ressources comparées aux plafonds : arrêté du 29 juillet 1987 relatif aux plafonds de ressources, art. 3 ; CCH
/// R441-1 ; DOMAIN §4.1. RFR N−2 par défaut ; RFR N−1 s'il est inférieur d'au moins 10 % ; ressources des douze
/// derniers mois après un accident de la vie (perte d'emploi, divorce, décès) si elles sont plus favorables.
/// </summary>
public class ChoixRessourcesTests
{
    private const OrigineRessources N2 = OrigineRessources.RevenuFiscalN2;
    private const OrigineRessources N1 = OrigineRessources.RevenuFiscalN1;
    private const OrigineRessources Douze = OrigineRessources.DouzeDerniersMois;
    private const EvenementRessources Aucun = EvenementRessources.Aucun;
    private const EvenementRessources Emploi = EvenementRessources.PerteEmploi;

    private static DeclarationRessources D(
        OrigineRessources origine,
        double n2,
        double? n1 = null,
        double? douze = null,
        EvenementRessources evenement = Aucun
    ) => new(origine, (decimal)n2, (decimal?)n1, (decimal?)douze, evenement);

    private static List<ErreurChamp> Erreurs(DeclarationRessources d)
    {
        var erreurs = new List<ErreurChamp>();
        ChoixRessources.Valider(d, (c, m) => erreurs.Add(new(c, m)));
        return erreurs;
    }

    // Arrêté du 29 juillet 1987, art. 3: the declared origin is retained when admitted; the amount and the origin
    // are what eligibility compares. « At least 10 % lower »: N−1 ≤ 0.9 × N−2 (27,000 for 30,000).
    [Theory]
    [InlineData(N2, 30_000, null, null, Aucun, N2, 30_000)]
    [InlineData(N2, 30_000, 20_000.0, 10_000.0, Emploi, N2, 30_000)] // the default stays when declared
    [InlineData(N1, 30_000, 27_000.0, null, Aucun, N1, 27_000)] // exactly 10 % lower: admitted
    [InlineData(N1, 30_000, 20_000.0, null, Aucun, N1, 20_000)]
    [InlineData(N1, 30_000, 27_000.01, null, Aucun, N2, 30_000)] // less than 10 % lower: N−2
    [InlineData(N1, 30_000, null, null, Aucun, N2, 30_000)] // N−1 unknown: N−2
    [InlineData(Douze, 30_000, null, 12_000.0, Emploi, Douze, 12_000)]
    [InlineData(Douze, 30_000, null, 29_999.0, EvenementRessources.Deces, Douze, 29_999)] // more favourable
    [InlineData(Douze, 30_000, null, 30_000.0, Emploi, N2, 30_000)] // not more favourable: N−2
    [InlineData(Douze, 30_000, null, 12_000.0, Aucun, N2, 30_000)] // no hard knock: N−2
    [InlineData(Douze, 30_000, null, null, EvenementRessources.Separation, N2, 30_000)]
    public void Ressources_retenues_selon_l_origine_declaree(
        OrigineRessources origine,
        double n2,
        double? n1,
        double? douze,
        EvenementRessources evenement,
        OrigineRessources origineRetenue,
        double montant
    )
    {
        var r = ChoixRessources.Retenir(D(origine, n2, n1, douze, evenement));
        Assert.Equal(origineRetenue, r.Origine);
        Assert.Equal((decimal)montant, r.Montant);
        Assert.Contains("arrêté du 29 juillet 1987, art. 3", r.Motif, StringComparison.Ordinal);
        // A refused declaration says so instead of silently falling back.
        Assert.Equal(origine != origineRetenue, r.Motif.Contains("n'est pas admis", StringComparison.Ordinal));
    }

    // The form refuses a declaration the arrêté does not admit, on the field to correct, in French.
    [Theory]
    [InlineData(N2, 30_000, null, null, Aucun, null, null)]
    [InlineData(N1, 30_000, 27_000.0, null, Aucun, null, null)]
    [InlineData(N1, 30_000, 28_000.0, null, Aucun, "revenuFiscalReferenceN1", "inférieur d'au moins 10 %")]
    [InlineData(N1, 30_000, 28_000.0, null, Aucun, "revenuFiscalReferenceN1", "(au plus 27")]
    [InlineData(N1, 30_000, null, null, Aucun, "revenuFiscalReferenceN1", "Indiquez le revenu fiscal de référence N−1")]
    [InlineData(Douze, 30_000, null, 10_000.0, Aucun, "evenementRessources", "accident de la vie")]
    [InlineData(Douze, 30_000, null, 31_000.0, Emploi, "ressourcesDouzeMois", "plus favorables")]
    [InlineData(Douze, 30_000, null, null, Emploi, "ressourcesDouzeMois", "Indiquez les ressources des douze")]
    [InlineData(N2, 30_000, -1.0, null, Aucun, "revenuFiscalReferenceN1", "négatif")]
    [InlineData(N2, 30_000, null, 20_000_000.0, Aucun, "ressourcesDouzeMois", "invraisemblable")]
    public void Une_declaration_non_admise_est_refusee_sur_son_champ(
        OrigineRessources origine,
        double n2,
        double? n1,
        double? douze,
        EvenementRessources evenement,
        string? champ,
        string? extrait
    )
    {
        var erreurs = Erreurs(D(origine, n2, n1, douze, evenement));
        if (champ is null)
        {
            Assert.Empty(erreurs);
            return;
        }
        var erreur = Assert.Single(erreurs, e => e.Champ == champ);
        Assert.Contains(extrait!, erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Une_origine_inconnue_est_refusee() =>
        Assert.Equal(ChampsDemande.OrigineRessources, Assert.Single(Erreurs(D((OrigineRessources)9, 30_000))).Champ);

    // The most favourable admitted origin (the lowest amount), what the counter would propose.
    [Theory]
    [InlineData(30_000, null, null, Aucun, N2)]
    [InlineData(30_000, 28_000.0, null, Aucun, N2)] // only 6.7 % lower
    [InlineData(30_000, 27_000.0, null, Aucun, N1)]
    [InlineData(30_000, 27_000.0, 25_000.0, Aucun, N1)] // no hard knock: 12 months not admitted
    [InlineData(30_000, 27_000.0, 25_000.0, Emploi, Douze)]
    [InlineData(30_000, 20_000.0, 25_000.0, Emploi, N1)] // N−1 lower than the 12 months
    public void Origine_la_plus_favorable(
        double n2,
        double? n1,
        double? douze,
        EvenementRessources evenement,
        OrigineRessources attendue
    ) => Assert.Equal(attendue, ChoixRessources.PlusFavorable(D(N2, n2, n1, douze, evenement)));

    // CCH R441-1: eligibility uses the retained resources. Category 3, autres régions 2026: PLAI 22,551, PLUS 37,584.
    [Theory]
    [InlineData(N2, 40_000, null, null, Aucun, ProduitsEligibles.Pls)]
    [InlineData(N1, 40_000, 36_000.0, null, Aucun, ProduitsEligibles.Plus | ProduitsEligibles.Pls)]
    [InlineData(N1, 40_000, 37_000.0, null, Aucun, ProduitsEligibles.Pls)] // 7.5 % lower: N−2 stays
    [InlineData(
        Douze,
        40_000,
        null,
        22_551.0,
        Emploi,
        ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls
    )]
    public void L_eligibilite_compare_les_ressources_retenues(
        OrigineRessources origine,
        double n2,
        double? n1,
        double? douze,
        EvenementRessources evenement,
        ProduitsEligibles attendus
    )
    {
        var d = new DemandeLogement
        {
            NumeroUnique = "030-RESS",
            DepartementCode = "30",
            Membres = Menages.Lire("D30 E8*"),
            RevenuFiscalReference = (decimal)n2,
            OrigineRessources = origine,
            RevenuFiscalReferenceN1 = (decimal?)n1,
            RessourcesDouzeMois = (decimal?)douze,
            EvenementRessources = evenement,
            DateDepot = new DateOnly(2026, 1, 15),
        };
        CalculsDemande.Actualiser(
            d,
            PlafondsRessources.Pour(PlafondsRessources.Annee2026, 2026, GeographiePlafonds.AutresRegions),
            _ => null
        );
        Assert.Equal(attendus, d.ProduitsEligibles);
        Assert.Equal(ChoixRessources.Retenir(DeclarationRessources.De(d)).Montant, d.RessourcesRetenues);
    }

    [Fact]
    public void La_purge_efface_les_ressources_declarees()
    {
        var d = new DemandeLogement
        {
            NumeroUnique = "030-PURGE",
            DepartementCode = "30",
            RevenuFiscalReference = 30_000m,
            OrigineRessources = N1,
            RevenuFiscalReferenceN1 = 20_000m,
            RessourcesDouzeMois = 10_000m,
            EvenementRessources = Emploi,
            RessourcesRetenues = 20_000m,
        };
        EcheancesDemande.Purger(d, new DateOnly(2026, 6, 1));
        Assert.Null(d.RevenuFiscalReferenceN1);
        Assert.Null(d.RessourcesDouzeMois);
        Assert.Equal(Aucun, d.EvenementRessources);
        Assert.Equal(N2, d.OrigineRessources);
        Assert.Equal(0m, d.RessourcesRetenues);
    }
}
