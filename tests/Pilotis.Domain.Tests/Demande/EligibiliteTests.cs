using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Demande;

public class CategorieMenageTests
{
    // DOMAIN §4.1 (arrêté du 29 juillet 1987): persons, dependents,
    // young couple, disability → category, persons beyond 6.
    [Theory]
    [InlineData(1, 0, false, false, 1, 0)] // one person
    [InlineData(2, 0, false, false, 2, 0)] // two persons, no dependent
    [InlineData(2, 0, true, false, 3, 0)] // young couple
    [InlineData(2, 1, false, false, 3, 0)] // one + one dependent
    [InlineData(3, 0, false, false, 3, 0)] // three persons
    [InlineData(3, 1, false, false, 3, 0)] // couple + one child
    [InlineData(3, 1, true, false, 3, 0)] // young couple + one child
    [InlineData(3, 2, false, false, 4, 0)] // one + two
    [InlineData(4, 2, false, false, 4, 0)] // four persons
    [InlineData(4, 3, false, false, 5, 0)] // one + three
    [InlineData(5, 0, false, false, 5, 0)] // five persons
    [InlineData(5, 4, false, false, 6, 0)] // one + four
    [InlineData(6, 4, false, false, 6, 0)] // six persons
    [InlineData(7, 0, false, false, 6, 1)] // seven: cat 6 + one person
    [InlineData(6, 5, false, false, 6, 1)] // one + five
    [InlineData(9, 3, false, false, 6, 3)] // nine
    [InlineData(1, 0, false, true, 2, 0)] // disability: one more person
    [InlineData(2, 0, false, true, 3, 0)] // DOMAIN example: two persons, one disabled → 3
    [InlineData(2, 1, false, true, 4, 0)] // one + one dependent, disabled → 4
    [InlineData(2, 0, true, true, 4, 0)] // disabled young couple → category above 3
    [InlineData(6, 0, false, true, 6, 1)] // six, disabled → cat 6 + one
    public void Categorie_selon_la_composition(
        int personnes,
        int aCharge,
        bool jeuneCouple,
        bool handicap,
        int categorie,
        int supplementaires
    )
    {
        Assert.Equal(
            new CategorieMenage(categorie, supplementaires),
            CategorieMenage.Determiner(personnes, aCharge, jeuneCouple, handicap)
        );
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, -1)]
    [InlineData(2, 2)]
    public void Un_menage_impossible_est_refuse(int personnes, int aCharge) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() =>
            CategorieMenage.Determiner(personnes, aCharge, false, false)
        );
}

public class PlafondsRessourcesTests
{
    private static PlafondsRessources Ligne(GeographiePlafonds g, ProduitLogement p) =>
        PlafondsRessources.Annee2026.Single(l => l.Geographie == g && l.Produit == p);

    // DOMAIN §4.1, 2026 table.
    [Theory]
    [InlineData(GeographiePlafonds.AutresRegions, ProduitLogement.Plus, 1, 0, 23_403)]
    [InlineData(GeographiePlafonds.AutresRegions, ProduitLogement.Plus, 3, 0, 37_584)]
    [InlineData(GeographiePlafonds.AutresRegions, ProduitLogement.Plus, 6, 0, 60_156)]
    [InlineData(GeographiePlafonds.AutresRegions, ProduitLogement.Plus, 6, 2, 73_576)] // 60 156 + 2 × 6 710
    [InlineData(GeographiePlafonds.AutresRegions, ProduitLogement.Plai, 3, 0, 22_551)]
    [InlineData(GeographiePlafonds.AutresRegions, ProduitLogement.Plai, 6, 1, 36_775)] // 33 086 + 3 689
    [InlineData(GeographiePlafonds.AutresRegions, ProduitLogement.Pls, 3, 0, 48_859)] // 37 584 × 1,3 = 48 859,2
    [InlineData(GeographiePlafonds.IleDeFrance, ProduitLogement.Plus, 4, 0, 57_930)]
    [InlineData(GeographiePlafonds.IleDeFrance, ProduitLogement.Plus, 6, 1, 85_769)]
    [InlineData(GeographiePlafonds.Paris, ProduitLogement.Plus, 3, 0, 52_740)]
    [InlineData(GeographiePlafonds.Paris, ProduitLogement.Plus, 2, 0, 40_233)]
    [InlineData(GeographiePlafonds.Paris, ProduitLogement.Pls, 1, 0, 34_996)] // 26 920 × 1,3 = 34 996
    public void Plafonds_2026(
        GeographiePlafonds g,
        ProduitLogement p,
        int categorie,
        int supplementaires,
        int attendu
    ) => Assert.Equal(attendu, Ligne(g, p).Plafond(categorie, supplementaires));

    [Theory]
    [InlineData(GeographiePlafonds.AutresRegions)]
    [InlineData(GeographiePlafonds.IleDeFrance)]
    [InlineData(GeographiePlafonds.Paris)]
    public void Pls_vaut_plus_fois_1_30_arrondi_a_l_euro(GeographiePlafonds g)
    {
        var plus = Ligne(g, ProduitLogement.Plus);
        var pls = Ligne(g, ProduitLogement.Pls);
        for (var c = 1; c <= 6; c++)
        {
            Assert.Equal(Math.Round(plus.Plafond(c, 0) * 1.3m, 0, MidpointRounding.AwayFromZero), pls.Plafond(c, 0));
        }
        Assert.Equal(
            Math.Round(plus.ParPersonneSupplementaire * 1.3m, 0, MidpointRounding.AwayFromZero),
            pls.ParPersonneSupplementaire
        );
    }

    [Fact]
    public void L_arrondi_pls_est_au_plus_proche_demi_euro_superieur()
    {
        var plus = Ligne(GeographiePlafonds.AutresRegions, ProduitLogement.Plus) with
        {
            ParCategorie = [5m, 15m, 25m, 1m, 1m, 1m],
            ParPersonneSupplementaire = 1m,
        };
        var pls = PlafondsRessources.PlsDepuisPlus(plus);
        Assert.Equal([7m, 20m, 33m, 1m, 1m, 1m], pls.ParCategorie); // 6,5 → 7 ; 19,5 → 20 ; 32,5 → 33 ; 1,3 → 1
    }

    [Fact]
    public void Plai_manque_pour_paris_et_l_ile_de_france()
    {
        Assert.Equal(
            [ProduitLogement.Plus, ProduitLogement.Pls],
            PlafondsRessources.Pour(PlafondsRessources.Annee2026, 2026, GeographiePlafonds.Paris).Select(l => l.Produit)
        );
        Assert.Equal(
            3,
            PlafondsRessources.Pour(PlafondsRessources.Annee2026, 2026, GeographiePlafonds.AutresRegions).Count
        );
        Assert.Empty(PlafondsRessources.Pour(PlafondsRessources.Annee2026, 2025, GeographiePlafonds.AutresRegions));
        Assert.All(PlafondsRessources.Annee2026, l =>
            Assert.Contains("Arrêté du 19 décembre 2025", l.Source, StringComparison.Ordinal)
        );
    }
}

public class EligibiliteTests
{
    private static readonly IReadOnlyList<PlafondsRessources> AutresRegions = PlafondsRessources.Pour(
        PlafondsRessources.Annee2026,
        2026,
        GeographiePlafonds.AutresRegions
    );

    [Theory]
    [InlineData(30_000, false, true, true)] // contract example, category 3
    [InlineData(22_551, true, true, true)] // RFR = PLAI ceiling: eligible
    [InlineData(22_552, false, true, true)] // + 1 €: not eligible
    [InlineData(37_584, false, true, true)]
    [InlineData(37_585, false, false, true)]
    [InlineData(48_859, false, false, true)]
    [InlineData(48_860, false, false, false)]
    [InlineData(0, true, true, true)]
    public void Eligible_quand_le_revenu_est_au_plus_le_plafond(int rfr, bool plai, bool plus, bool pls)
    {
        var r = Eligibilite.Evaluer(rfr, new CategorieMenage(3, 0), AutresRegions);
        Assert.Equal([plai, plus, pls], r.Produits.Select(p => p.Eligible));
        Assert.Empty(r.NonCalculables);
    }

    // DOMAIN §4.1, arrêté du 29 juillet 1987: without a PLAI row (Île-de-France, Paris in 2026), a household above
    // the PLUS ceiling is « non éligible » to PLAI (a PLAI ceiling is always below the PLUS one of the same
    // geography and category); at or below it the answer is « plafond non renseigné », never a guess.
    [Theory]
    [InlineData(GeographiePlafonds.IleDeFrance, 1, 30_000, false, false, true)] // 30,000 > PLUS 26,920
    [InlineData(GeographiePlafonds.IleDeFrance, 1, 26_921, false, false, true)] // 1 € above PLUS
    [InlineData(GeographiePlafonds.IleDeFrance, 1, 26_920, true, true, true)] // = PLUS ceiling: PLAI unknown
    [InlineData(GeographiePlafonds.IleDeFrance, 1, 20_000, true, true, true)]
    [InlineData(GeographiePlafonds.Paris, 3, 52_741, false, false, true)] // Paris cat 3 PLUS 52,740
    [InlineData(GeographiePlafonds.Paris, 3, 52_740, true, true, true)]
    [InlineData(GeographiePlafonds.Paris, 3, 80_000, false, false, false)] // above PLS too
    public void Sans_ligne_plai_au_dessus_du_plus_le_plai_est_non_eligible(
        GeographiePlafonds geographie,
        int categorie,
        int ressources,
        bool plaiNonCalculable,
        bool plus,
        bool pls
    )
    {
        var r = Eligibilite.Evaluer(
            ressources,
            new CategorieMenage(categorie, 0),
            PlafondsRessources.Pour(PlafondsRessources.Annee2026, 2026, geographie)
        );
        if (plaiNonCalculable)
        {
            Assert.Equal([ProduitLogement.Plai], r.NonCalculables);
            Assert.DoesNotContain(r.Produits, p => p.Produit == ProduitLogement.Plai);
        }
        else
        {
            Assert.Empty(r.NonCalculables);
            var plai = Assert.Single(r.Produits, p => p.Produit == ProduitLogement.Plai);
            Assert.False(plai.Eligible);
            Assert.Null(plai.Plafond);
            Assert.Contains("Plafond PLAI non renseigné", plai.Source, StringComparison.Ordinal);
        }
        Assert.Equal(plus, r.Produits.Single(p => p.Produit == ProduitLogement.Plus).Eligible);
        Assert.Equal(pls, r.Produits.Single(p => p.Produit == ProduitLogement.Pls).Eligible);
        Assert.Equal(
            [ProduitLogement.Plai, ProduitLogement.Plus, ProduitLogement.Pls],
            r.Produits.Select(p => p.Produit).Concat(r.NonCalculables).Order()
        );
    }

    // Same order argument for a missing PLUS row: above PLS (PLUS × 1.30) the household is above PLUS and PLAI.
    [Theory]
    [InlineData(30_425, false)] // autres régions cat 1: PLS 30,424
    [InlineData(30_424, true)]
    public void Sans_ligne_plus_au_dessus_du_pls_le_plus_est_non_eligible(int ressources, bool plusNonCalculable)
    {
        var lignes = AutresRegions.Where(l => l.Produit != ProduitLogement.Plus).ToArray();
        var r = Eligibilite.Evaluer(ressources, new CategorieMenage(1, 0), lignes);
        Assert.Equal(plusNonCalculable, r.NonCalculables.Contains(ProduitLogement.Plus));
        Assert.Equal(!plusNonCalculable, r.Produits.Any(p => p.Produit == ProduitLogement.Plus && !p.Eligible));
        Assert.Equal(plusNonCalculable, r.Produits.Single(p => p.Produit == ProduitLogement.Pls).Eligible);
    }
}

public class ValidationEligibiliteTests
{
    private static readonly DonneesEligibilite Valide = new(2026, "autres-regions", 3, 1, false, false, 30_000m);

    [Fact]
    public void Un_menage_valide_passe() =>
        Assert.Empty(ValidationEligibilite.Valider(Valide, PlafondsRessources.Annee2026));

    public static TheoryData<DonneesEligibilite, string> Invalides =>
        new()
        {
            { Valide with { Personnes = 0, PersonnesACharge = 0 }, ChampsEligibilite.Personnes },
            { Valide with { Personnes = 21 }, ChampsEligibilite.Personnes },
            { Valide with { PersonnesACharge = -1 }, ChampsEligibilite.PersonnesACharge },
            { Valide with { PersonnesACharge = 3 }, ChampsEligibilite.PersonnesACharge },
            { Valide with { PersonnesACharge = 4 }, ChampsEligibilite.PersonnesACharge },
            { Valide with { Personnes = 1, PersonnesACharge = 0, JeuneCouple = true }, ChampsEligibilite.JeuneCouple },
            { Valide with { RevenuFiscalReference = -1m }, ChampsEligibilite.RevenuFiscalReference },
            { Valide with { Geographie = "corse" }, ChampsEligibilite.Geographie },
            { Valide with { Annee = 2019 }, ChampsEligibilite.Annee },
        };

    [Theory]
    [MemberData(nameof(Invalides))]
    public void Une_entree_absurde_est_refusee_avec_son_champ(DonneesEligibilite donnees, string champ)
    {
        var erreur = Assert.Single(ValidationEligibilite.Valider(donnees, PlafondsRessources.Annee2026));
        Assert.Equal(champ, erreur.Champ);
        Assert.False(string.IsNullOrWhiteSpace(erreur.Message));
    }
}
