using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Demande;

internal static class Menages
{
    /// <summary>Un ménage écrit « D30 C28 E8* H40 » : D demandeur, C conjoint, E enfant, A ascendant, P autre ; * à
    /// charge ; H… handicap.</summary>
    public static List<MembreMenage> Lire(string texte) =>
        texte
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(m =>
            {
                var handicap = m.StartsWith('H');
                var code = handicap ? m[1..] : m;
                var aCharge = code.EndsWith('*');
                var lien = code[0] switch
                {
                    'D' => LienMembre.Demandeur,
                    'C' => LienMembre.ConjointOuCoDemandeur,
                    'E' => LienMembre.Enfant,
                    'A' => LienMembre.Ascendant,
                    _ => LienMembre.AutrePersonne,
                };
                return new MembreMenage(
                    lien,
                    int.Parse(code[1..].TrimEnd('*'), System.Globalization.CultureInfo.InvariantCulture),
                    handicap,
                    aCharge
                );
            })
            .ToList();
}

public class CalculsDemandeTests
{
    // Échelle OCDE modifiée (INSEE, DOMAIN §4) : 1 pour le premier adulte, 0,5 par autre personne de 14 ans ou plus,
    // 0,3 par enfant de moins de 14 ans.
    [Theory]
    [InlineData("", 0)]
    [InlineData("D30", 1)]
    [InlineData("D30 C28", 1.5)]
    [InlineData("D30 C28 E8*", 1.8)]
    [InlineData("D30 C28 E14*", 2.0)] // 14 ans : compte 0,5
    [InlineData("D30 E13*", 1.3)] // 13 ans : compte 0,3
    [InlineData("D40 C16 E12* E5*", 2.1)]
    [InlineData("D70 A92 P45", 2.0)]
    [InlineData("E10 E5", 1.3)] // sans personne de 14 ans ou plus : 1 pour la première personne
    public void Unites_de_consommation(string menage, double uc) =>
        Assert.Equal((decimal)uc, CalculsDemande.UnitesConsommation(Menages.Lire(menage), new DateOnly(2026, 1, 1)));

    // Ressources annuelles (mensuelles × 12) par UC, arrondies à l'euro (quartiles de l'article L441-1 du CCH).
    [Theory]
    [InlineData(1500, 1.5, 12000)]
    [InlineData(1000, 1.3, 9231)] // 9 230,77
    [InlineData(1234.56, 1, 14815)] // 14 814,72
    [InlineData(800, 0, 0)] // sans UC
    public void Ressources_par_UC(double mensuelles, double uc, double attendu) =>
        Assert.Equal((decimal)attendu, CalculsDemande.RessourcesParUc((decimal)mensuelles, (decimal)uc));

    // Catégorie de ménage depuis les membres (arrêté du 29 juillet
    // 1987) : personnes, personnes à charge, jeune couple, handicap.
    [Theory]
    [InlineData("D30", false, 1, 0)]
    [InlineData("D30 C28", false, 2, 0)]
    [InlineData("D30 C24", true, 3, 0)] // jeune couple
    [InlineData("D30 E5*", false, 3, 0)] // une personne + une à charge
    [InlineData("D30 E5*", true, 3, 0)] // « jeune couple » coché sans conjoint : sans effet
    [InlineData("D25 C24 E1*", true, 3, 0)]
    [InlineData("D40 C38 E10* E8*", false, 4, 0)]
    [InlineData("HD30", false, 2, 0)] // handicap : une personne de plus
    [InlineData("D30 C28 HE8*", false, 4, 0)]
    [InlineData("D40 C38 E10* E8* E6* E4* E2*", false, 6, 1)] // 7 personnes : catégorie 6 + 1
    public void Categorie_depuis_les_membres(string menage, bool jeuneCouple, int categorie, int supplementaires) =>
        Assert.Equal(
            new CategorieMenage(categorie, supplementaires),
            CalculsDemande.Categorie(Menages.Lire(menage), jeuneCouple)
        );

    // Produits éligibles avec les lignes 2026 (DOMAIN §4.1) : RFR N−2 au plus égal au plafond (CCH R441-1).
    [Theory]
    [InlineData(
        GeographiePlafonds.AutresRegions,
        1,
        12_870,
        ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls
    )] // égal au plafond PLAI
    [InlineData(GeographiePlafonds.AutresRegions, 1, 12_871, ProduitsEligibles.Plus | ProduitsEligibles.Pls)]
    [InlineData(GeographiePlafonds.AutresRegions, 1, 23_404, ProduitsEligibles.Pls)]
    [InlineData(GeographiePlafonds.AutresRegions, 1, 30_424, ProduitsEligibles.Pls)] // PLS = round(23 403 × 1,3)
    [InlineData(GeographiePlafonds.AutresRegions, 1, 30_425, ProduitsEligibles.Aucun)]
    [InlineData(
        GeographiePlafonds.AutresRegions,
        3,
        22_551,
        ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls
    )]
    [InlineData(GeographiePlafonds.AutresRegions, 3, 37_585, ProduitsEligibles.Pls)]
    // pas de ligne PLAI à Paris : non calculable
    [InlineData(GeographiePlafonds.Paris, 1, 0, ProduitsEligibles.Plus | ProduitsEligibles.Pls)]
    [InlineData(GeographiePlafonds.IleDeFrance, 2, 40_233, ProduitsEligibles.Plus | ProduitsEligibles.Pls)]
    public void Produits_eligibles_2026(
        GeographiePlafonds geographie,
        int categorie,
        int revenu,
        ProduitsEligibles attendus
    ) =>
        Assert.Equal(
            attendus,
            CalculsDemande.Eligibles(
                revenu,
                new CategorieMenage(categorie, 0),
                PlafondsRessources.Pour(PlafondsRessources.Annee2026, 2026, geographie)
            )
        );

    [Fact]
    public void Actualiser_recalcule_les_colonnes_derivees_et_la_fin_de_validite()
    {
        var d = new DemandeLogement
        {
            NumeroUnique = "030X",
            DepartementCode = "30",
            Membres = Menages.Lire("D30 E8*"),
            RevenuFiscalReference = 20_000m,
            RessourcesMensuelles = 1_500m,
            Communes =
            [
                new CommuneSouhaitee { Rang = 2, CommuneCode = "30028" },
                new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" },
            ],
            DateDepot = new DateOnly(2026, 1, 15),
        };
        CalculsDemande.Actualiser(
            d,
            PlafondsRessources.Pour(PlafondsRessources.Annee2026, 2026, GeographiePlafonds.AutresRegions),
            c => c == "30189" ? "243000643" : null
        );
        Assert.Equal(2, d.NombrePersonnes);
        Assert.Equal(1, d.PersonnesACharge);
        Assert.False(d.Handicap);
        Assert.Equal(3, d.Categorie);
        Assert.Equal(1.3m, d.UnitesConsommation);
        Assert.Equal(13_846m, d.RessourcesParUc);
        Assert.Equal(ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls, d.ProduitsEligibles);
        Assert.Equal("30189", d.CommunePrincipaleCode);
        Assert.Equal("243000643", d.EpciSiren);
        Assert.Equal(new DateOnly(2027, 1, 15), d.DateFinValidite);

        // Une demande purgée garde sa composition chiffrée (statistiques).
        EcheancesDemande.Purger(d, new DateOnly(2026, 6, 1));
        CalculsDemande.Actualiser(d, [], _ => null);
        Assert.Equal(2, d.NombrePersonnes);
        Assert.Equal(3, d.Categorie);
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(6, 6, 0)]
    [InlineData(7, 6, 1)]
    [InlineData(9, 6, 3)]
    public void Categorie_enregistree_relue(int colonne, int categorie, int supplementaires) =>
        Assert.Equal(new CategorieMenage(categorie, supplementaires), CalculsDemande.CategorieEnregistree(colonne));
}

public class EcheancesDemandeTests
{
    private static DemandeLogement Demande(
        string depot,
        string? renouvellement = null,
        StatutDemande statut = StatutDemande.Active,
        MotifRadiation? motif = null,
        string? radiation = null
    )
    {
        var d = new DemandeLogement
        {
            NumeroUnique = "030T",
            DepartementCode = "30",
            DateDepot = DateOnly.Parse(depot, System.Globalization.CultureInfo.InvariantCulture),
            DateRenouvellement = renouvellement is null
                ? null
                : DateOnly.Parse(renouvellement, System.Globalization.CultureInfo.InvariantCulture),
            Statut = statut,
            MotifRadiation = motif,
            DateRadiation = radiation is null
                ? null
                : DateOnly.Parse(radiation, System.Globalization.CultureInfo.InvariantCulture),
            Membres = Menages.Lire("D30 E8*"),
            RevenuFiscalReference = 15_000m,
        };
        d.DateFinValidite = EcheancesDemande.FinValidite(d.DateDepot, d.DateRenouvellement);
        return d;
    }

    private static DateOnly J(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    // CCH R441-2-8 : valable un an ; « à renouveler » dans le dernier mois ; radiée pour non-renouvellement à 13 mois.
    [Theory]
    [InlineData("2025-03-10", null, "2026-02-09", EtatDemande.Active, false)]
    [InlineData("2025-03-10", null, "2026-02-10", EtatDemande.ARenouveler, false)] // un mois avant la fin de validité
    [InlineData("2025-03-10", null, "2026-03-10", EtatDemande.ARenouveler, false)]
    [InlineData("2025-03-10", null, "2026-04-09", EtatDemande.ARenouveler, false)]
    [InlineData("2025-03-10", null, "2026-04-10", EtatDemande.ARenouveler, true)] // 13 mois : radiation automatique
    // le renouvellement fait repartir l'année
    [InlineData("2024-01-05", "2025-06-20", "2026-05-19", EtatDemande.Active, false)]
    [InlineData("2024-01-05", "2025-06-20", "2026-05-20", EtatDemande.ARenouveler, false)]
    [InlineData("2024-01-05", "2025-06-20", "2026-07-20", EtatDemande.ARenouveler, true)]
    [InlineData("2024-02-29", null, "2025-03-28", EtatDemande.ARenouveler, false)]
    [InlineData("2024-02-29", null, "2025-03-29", EtatDemande.ARenouveler, true)]
    public void Etat_et_radiation_automatique(
        string depot,
        string? renouvellement,
        string aujourdhui,
        EtatDemande etat,
        bool aRadier
    )
    {
        var d = Demande(depot, renouvellement);
        Assert.Equal(etat, EcheancesDemande.Etat(d, J(aujourdhui)));
        Assert.Equal(aRadier, EcheancesDemande.ARadier(d, J(aujourdhui)));
        // Le seuil SQL équivaut à la règle.
        Assert.Equal(
            aRadier,
            (d.DateRenouvellement ?? d.DateDepot) <= EcheancesDemande.DerniereBaseARadier(J(aujourdhui))
        );
        Assert.Equal(
            etat == EtatDemande.ARenouveler,
            d.DateFinValidite <= EcheancesDemande.DerniereFinValiditeARenouveler(J(aujourdhui))
        );
    }

    [Theory]
    [InlineData("2025-03-29", "2024-02-29")]
    [InlineData("2025-03-28", "2024-02-28")]
    [InlineData("2025-02-28", "2024-01-31")] // 28, 29, 30 et 31 janvier 2024 + 13 mois = 28 février 2025
    [InlineData("2025-02-27", "2024-01-27")]
    [InlineData("2026-11-28", "2025-10-28")]
    public void Seuil_de_radiation_aux_fins_de_mois(string aujourdhui, string seuil) =>
        Assert.Equal(J(seuil), EcheancesDemande.DerniereBaseARadier(J(aujourdhui)));

    [Fact]
    public void Les_seuils_SQL_equivalent_aux_regles_sur_trois_ans_de_dates()
    {
        for (var jour = new DateOnly(2024, 1, 1); jour <= new DateOnly(2026, 12, 31); jour = jour.AddDays(1))
        {
            var radiation = EcheancesDemande.DerniereBaseARadier(jour);
            var renouvellement = EcheancesDemande.DerniereFinValiditeARenouveler(jour);
            for (var ecart = -40; ecart <= 40; ecart++)
            {
                var b = radiation.AddDays(ecart);
                Assert.Equal(
                    b.AddMonths(ParametresLegauxDemande.EnVigueur(b).MoisAvantRadiation) <= jour,
                    b <= radiation
                );
                // Le préfiltre SQL par fin de validité ne perd aucune demande à radier.
                if (b.AddMonths(ParametresLegauxDemande.EnVigueur(b).MoisAvantRadiation) <= jour)
                    Assert.True(
                        EcheancesDemande.FinValidite(b, null) <= EcheancesDemande.DerniereFinValiditeARadier(jour)
                    );
                var f = renouvellement.AddDays(ecart);
                Assert.Equal(f.AddMonths(-EcheancesDemande.MoisPreavisRenouvellement) <= jour, f <= renouvellement);
            }
        }
    }

    // Purge RGPD : après la radiation (ou la satisfaction) et le délai de conservation.
    [Theory]
    [InlineData(StatutDemande.Radiee, "2026-01-01", 365, "2026-12-31", false)]
    [InlineData(StatutDemande.Radiee, "2026-01-01", 365, "2027-01-01", true)]
    [InlineData(StatutDemande.Satisfaite, "2026-01-01", 30, "2026-01-31", true)]
    [InlineData(StatutDemande.Satisfaite, "2026-01-01", 0, "2026-01-01", true)]
    [InlineData(StatutDemande.Active, null, 0, "2030-01-01", false)]
    public void Purge_apres_le_delai_de_conservation(
        StatutDemande statut,
        string? radiation,
        int jours,
        string aujourdhui,
        bool aPurger
    )
    {
        var d = Demande(
            "2025-01-01",
            statut: statut,
            motif: statut == StatutDemande.Active ? null : MotifRadiation.Renonciation,
            radiation: radiation
        );
        Assert.Equal(aPurger, EcheancesDemande.APurger(d, J(aujourdhui), jours));
        if (radiation is not null)
            Assert.Equal(aPurger, d.DateRadiation <= EcheancesDemande.DerniereRadiationAPurger(J(aujourdhui), jours));
        EcheancesDemande.Purger(d, J(aujourdhui));
        Assert.False(EcheancesDemande.APurger(d, J(aujourdhui).AddYears(5), jours)); // une seule fois
    }

    [Theory]
    [InlineData(
        "active-tot",
        "La demande est valable jusqu'au 10/03/2026 : elle se renouvelle à partir du 10/02/2026."
    )]
    [InlineData("active-dernier-mois", null)]
    [InlineData("non-renouvellement", null)] // réactivation
    [InlineData("renonciation", "Seule une demande radiée pour non-renouvellement peut être réactivée.")]
    [InlineData("satisfaite", "Une demande satisfaite ne se renouvelle pas.")]
    [InlineData(
        "purgee",
        "Les données de cette demande ont été effacées : le demandeur doit déposer une nouvelle demande."
    )]
    public void Refus_de_renouvellement_en_francais(string cas, string? refus)
    {
        var aujourdhui = cas == "active-tot" ? J("2026-02-09") : J("2026-02-10");
        var d = cas switch
        {
            "non-renouvellement" => Demande(
                "2025-03-10",
                statut: StatutDemande.Radiee,
                motif: MotifRadiation.NonRenouvellement,
                radiation: "2026-02-01"
            ),
            "renonciation" => Demande(
                "2025-03-10",
                statut: StatutDemande.Radiee,
                motif: MotifRadiation.Renonciation,
                radiation: "2026-02-01"
            ),
            "satisfaite" => Demande(
                "2025-03-10",
                statut: StatutDemande.Satisfaite,
                motif: MotifRadiation.Attribution,
                radiation: "2026-02-01"
            ),
            "purgee" => Demande(
                "2025-03-10",
                statut: StatutDemande.Radiee,
                motif: MotifRadiation.NonRenouvellement,
                radiation: "2026-02-01"
            ),
            _ => Demande("2025-03-10"),
        };
        if (cas == "purgee")
            EcheancesDemande.Purger(d, J("2026-02-05"));
        Assert.Equal(refus, EcheancesDemande.RefusRenouvellement(d, aujourdhui));
        if (refus is not null)
        {
            Assert.Equal(
                refus,
                Assert.Throws<InvalidOperationException>(() => EcheancesDemande.Renouveler(d, aujourdhui)).Message
            );
            return;
        }
        EcheancesDemande.Renouveler(d, aujourdhui);
        Assert.Equal(StatutDemande.Active, d.Statut);
        Assert.Null(d.MotifRadiation);
        Assert.Null(d.DateRadiation);
        Assert.Equal(aujourdhui, d.DateRenouvellement);
        Assert.Equal(aujourdhui.AddMonths(12), d.DateFinValidite);
    }

    [Theory]
    [InlineData(
        StatutDemande.Radiee,
        MotifRadiation.Renonciation,
        "2026-02-01",
        "30189",
        "Seule une demande active peut être radiée."
    )]
    [InlineData(
        StatutDemande.Active,
        MotifRadiation.Renonciation,
        "2026-02-11",
        null,
        "La date de radiation ne peut pas être dans le futur."
    )]
    [InlineData(
        StatutDemande.Active,
        MotifRadiation.Renonciation,
        "2025-03-09",
        null,
        "La date de radiation ne peut pas précéder le dépôt de la demande."
    )]
    [InlineData(
        StatutDemande.Active,
        MotifRadiation.Attribution,
        "2026-02-01",
        " ",
        "Indiquez la commune du logement attribué."
    )]
    [InlineData(StatutDemande.Active, MotifRadiation.Attribution, "2026-02-01", "30189", null)]
    [InlineData(StatutDemande.Active, MotifRadiation.Irrecevabilite, "2026-02-10", null, null)]
    public void Radiation_refusee_ou_acceptee(
        StatutDemande statut,
        MotifRadiation motif,
        string date,
        string? commune,
        string? refus
    )
    {
        var d = Demande(
            "2025-03-10",
            statut: statut,
            motif: statut == StatutDemande.Active ? null : MotifRadiation.Renonciation,
            radiation: statut == StatutDemande.Active ? null : "2026-01-01"
        );
        var aujourdhui = J("2026-02-10");
        Assert.Equal(refus, EcheancesDemande.RefusRadiation(d, motif, J(date), aujourdhui, commune));
        if (refus is not null)
            return;
        EcheancesDemande.Radier(d, motif, J(date), aujourdhui, commune);
        Assert.Equal(motif == MotifRadiation.Attribution ? StatutDemande.Satisfaite : StatutDemande.Radiee, d.Statut);
        Assert.Equal(motif, d.MotifRadiation);
        Assert.Equal(J(date), d.DateRadiation);
        Assert.Equal(motif == MotifRadiation.Attribution ? commune : null, d.CommuneAttributionCode);
    }

    [Fact]
    public void Purger_efface_les_donnees_personnelles_et_garde_les_statistiques()
    {
        var d = Demande(
            "2025-03-10",
            statut: StatutDemande.Radiee,
            motif: MotifRadiation.Renonciation,
            radiation: "2025-06-01"
        );
        d.RessourcesMensuelles = 1_200m;
        d.CommuneResidenceCode = "30189";
        d.Motifs = MotifsDemande.Violences;
        d.CriteresPrioritaires = CriteresPrioritaires.Violences;
        d.Dalo = true;
        d.Score = 42m;
        d.NombrePersonnes = 2;
        d.Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" }];
        EcheancesDemande.Purger(d, J("2026-06-02"));
        Assert.True(d.EstPurgee);
        Assert.Empty(d.Membres);
        Assert.Equal(0m, d.RevenuFiscalReference);
        Assert.Equal(0m, d.RessourcesMensuelles);
        Assert.Null(d.CommuneResidenceCode);
        Assert.Equal(MotifsDemande.Aucun, d.Motifs);
        Assert.Equal(CriteresPrioritaires.Aucun, d.CriteresPrioritaires);
        Assert.False(d.Dalo);
        Assert.Null(d.Score);
        Assert.Equal("030T", d.NumeroUnique);
        Assert.Equal(2, d.NombrePersonnes);
        Assert.Single(d.Communes);
    }
}

public class ValidationDemandeTests
{
    private static readonly DateOnly Aujourdhui = new(2026, 6, 15);
    private static readonly HashSet<string> Connues = ["30189", "30028", "30007", "30003", "30004", "30006"];

    private static DemandeLogement Valide() =>
        new()
        {
            NumeroUnique = "030026012345",
            DepartementCode = "30",
            Membres = Menages.Lire("D34 C32 E8*"),
            RevenuFiscalReference = 25_000m,
            RessourcesMensuelles = 2_100m,
            CommuneResidenceCode = "30189",
            Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" }],
            TypologiePrincipale = Typologies.T3,
            TypologiesSouhaitees = Typologies.T3 | Typologies.T4,
            DateDepot = new DateOnly(2026, 1, 10),
        };

    private static readonly Dictionary<string, Action<DemandeLogement>> Alterations = new()
    {
        ["numero vide"] = d => d.NumeroUnique = " ",
        ["numero long"] = d => d.NumeroUnique = new string('1', 41),
        ["numero controle"] = d => d.NumeroUnique = "030\t12",
        ["departement"] = d => d.DepartementCode = "",
        ["sans membre"] = d => d.Membres = [],
        ["trop de membres"] = d => d.Membres = Menages.Lire("D40 " + string.Join(' ', Enumerable.Repeat("E5*", 20))),
        ["deux demandeurs"] = d => d.Membres = Menages.Lire("D34 D32"),
        ["deux conjoints"] = d => d.Membres = Menages.Lire("D34 C32 C30"),
        ["age negatif"] = d =>
            d.Membres = Menages.Lire("D34 E0*").Select((m, i) => i == 1 ? m with { Age = -1 } : m).ToList(),
        ["age excessif"] = d => d.Membres = Menages.Lire("D34 A121"),
        ["demandeur mineur"] = d => d.Membres = Menages.Lire("D15"),
        ["demandeur a charge"] = d => d.Membres = Menages.Lire("D34* C30"),
        ["tous a charge"] = d => d.Membres = Menages.Lire("D34* E3*"),
        ["jeune couple sans conjoint"] = d =>
        {
            d.Membres = Menages.Lire("D25 E2*");
            d.JeuneCouple = true;
        },
        ["jeune couple age"] = d =>
        {
            d.Membres = Menages.Lire("D30 C26");
            d.JeuneCouple = true;
        },
        ["revenu negatif"] = d => d.RevenuFiscalReference = -1m,
        ["revenu invraisemblable"] = d => d.RevenuFiscalReference = 10_000_001m,
        ["ressources negatives"] = d => d.RessourcesMensuelles = -5m,
        ["ressources invraisemblables"] = d => d.RessourcesMensuelles = 1_000_001m,
        ["residence inconnue"] = d => d.CommuneResidenceCode = "99999",
        ["travail inconnue"] = d => d.CommuneTravailCode = "99998",
        ["sans commune"] = d => d.Communes = [],
        ["six communes"] = d =>
            d.Communes = Connues.Select((c, i) => new CommuneSouhaitee { Rang = i + 1, CommuneCode = c }).ToList(),
        ["commune inconnue"] = d =>
            d.Communes = [
                new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" },
                new CommuneSouhaitee { Rang = 2, CommuneCode = "12345" },
            ],
        ["commune en double"] = d =>
            d.Communes = [
                new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" },
                new CommuneSouhaitee { Rang = 2, CommuneCode = "30189" },
            ],
        ["sans typologie"] = d => d.TypologiePrincipale = Typologies.Aucune,
        ["deux typologies principales"] = d => d.TypologiePrincipale = Typologies.T2 | Typologies.T3,
        ["principale non acceptee"] = d => d.TypologiePrincipale = Typologies.T5,
        ["depot futur"] = d => d.DateDepot = Aujourdhui.AddDays(1),
        ["depot ancien"] = d => d.DateDepot = new DateOnly(1989, 12, 31),
        ["renouvellement avant depot"] = d => d.DateRenouvellement = d.DateDepot.AddDays(-1),
        ["renouvellement futur"] = d => d.DateRenouvellement = Aujourdhui.AddDays(1),
        ["active radiee"] = d => d.DateRadiation = Aujourdhui,
        ["radiee sans date"] = d =>
        {
            d.Statut = StatutDemande.Radiee;
            d.MotifRadiation = MotifRadiation.Renonciation;
        },
        ["radiee future"] = d =>
        {
            d.Statut = StatutDemande.Radiee;
            d.MotifRadiation = MotifRadiation.Renonciation;
            d.DateRadiation = Aujourdhui.AddDays(1);
        },
        ["radiee sans motif"] = d =>
        {
            d.Statut = StatutDemande.Radiee;
            d.DateRadiation = Aujourdhui;
        },
        ["radiee pour attribution"] = d =>
        {
            d.Statut = StatutDemande.Radiee;
            d.MotifRadiation = MotifRadiation.Attribution;
            d.DateRadiation = Aujourdhui;
        },
        ["satisfaite autre motif"] = d =>
        {
            d.Statut = StatutDemande.Satisfaite;
            d.MotifRadiation = MotifRadiation.Renonciation;
            d.DateRadiation = Aujourdhui;
            d.CommuneAttributionCode = "30189";
        },
        ["satisfaite sans commune"] = d =>
        {
            d.Statut = StatutDemande.Satisfaite;
            d.MotifRadiation = MotifRadiation.Attribution;
            d.DateRadiation = Aujourdhui;
        },
        ["satisfaite commune inconnue"] = d =>
        {
            d.Statut = StatutDemande.Satisfaite;
            d.MotifRadiation = MotifRadiation.Attribution;
            d.DateRadiation = Aujourdhui;
            d.CommuneAttributionCode = "99999";
        },
        ["active avec commune d'attribution"] = d => d.CommuneAttributionCode = "30189",
        ["radiee avec commune d'attribution"] = d =>
        {
            d.Statut = StatutDemande.Radiee;
            d.MotifRadiation = MotifRadiation.Renonciation;
            d.DateRadiation = Aujourdhui;
            d.CommuneAttributionCode = "30189";
        },
    };

    [Fact]
    public void Une_demande_complete_est_valide()
    {
        Assert.Empty(ValidationDemande.Valider(Valide(), Aujourdhui, Connues.Contains));
        var satisfaite = Valide();
        EcheancesDemande.Radier(satisfaite, MotifRadiation.Attribution, Aujourdhui, Aujourdhui, "30007");
        Assert.Empty(ValidationDemande.Valider(satisfaite, Aujourdhui, Connues.Contains));
        var purgee = Valide();
        EcheancesDemande.Radier(purgee, MotifRadiation.Renonciation, Aujourdhui, Aujourdhui);
        EcheancesDemande.Purger(purgee, Aujourdhui);
        // plus de ménage : pas d'erreur de ménage
        Assert.Empty(ValidationDemande.Valider(purgee, Aujourdhui, Connues.Contains));
    }

    // CCH R441-1 et R441-2-8, arrêté du 29 juillet 1987 ; bornes de vraisemblance de saisie.
    [Theory]
    [InlineData("numero vide", ChampsDemande.NumeroUnique, "Le numéro unique est obligatoire.")]
    [InlineData("numero long", ChampsDemande.NumeroUnique, "Le numéro unique ne peut pas dépasser 40 caractères.")]
    [InlineData("numero controle", ChampsDemande.NumeroUnique, "Le numéro unique contient des caractères invalides.")]
    [InlineData("departement", ChampsDemande.Departement, "Le département est obligatoire.")]
    [InlineData("sans membre", ChampsDemande.Membres, "Le ménage compte au moins une personne : le demandeur.")]
    [InlineData("trop de membres", ChampsDemande.Membres, "Le ménage ne peut pas compter plus de 20 personnes.")]
    [InlineData("deux demandeurs", ChampsDemande.Membres, "Le ménage compte exactement un demandeur.")]
    [InlineData("deux conjoints", ChampsDemande.Membres, "Le ménage compte au plus un conjoint ou codemandeur.")]
    [InlineData("age negatif", "membres[1].age", "Personne 2 : l'âge doit être compris entre 0 et 120 ans.")]
    [InlineData("age excessif", "membres[1].age", "Personne 2 : l'âge doit être compris entre 0 et 120 ans.")]
    [InlineData(
        "demandeur mineur",
        "membres[0].age",
        "Le demandeur doit avoir au moins 16 ans (majeur ou mineur émancipé)."
    )]
    [InlineData("demandeur a charge", "membres[0].aCharge", "Le demandeur ne peut pas être à sa propre charge.")]
    [InlineData("tous a charge", ChampsDemande.Membres, "Au moins une personne du ménage n'est pas à charge.")]
    [InlineData(
        "jeune couple sans conjoint",
        ChampsDemande.JeuneCouple,
        "Un jeune couple compte un demandeur et son conjoint."
    )]
    [InlineData(
        "jeune couple age",
        ChampsDemande.JeuneCouple,
        "Jeune couple : la somme des âges des conjoints ne doit pas dépasser 55 ans."
    )]
    [InlineData(
        "revenu negatif",
        ChampsDemande.RevenuFiscalReference,
        "Le revenu fiscal de référence ne peut pas être négatif."
    )]
    [InlineData(
        "revenu invraisemblable",
        ChampsDemande.RevenuFiscalReference,
        "Le revenu fiscal de référence est invraisemblable (plus de 10 millions d'euros)."
    )]
    [InlineData(
        "ressources negatives",
        ChampsDemande.RessourcesMensuelles,
        "Les ressources mensuelles ne peuvent pas être négatives."
    )]
    [InlineData(
        "ressources invraisemblables",
        ChampsDemande.RessourcesMensuelles,
        "Les ressources mensuelles sont invraisemblables (plus d'un million d'euros)."
    )]
    [InlineData(
        "residence inconnue",
        ChampsDemande.CommuneResidence,
        "Commune de résidence inconnue : « 99999 » (code INSEE attendu)."
    )]
    [InlineData(
        "travail inconnue",
        ChampsDemande.CommuneTravail,
        "Commune de travail inconnue : « 99998 » (code INSEE attendu)."
    )]
    [InlineData("sans commune", ChampsDemande.Communes, "Indiquez au moins une commune souhaitée.")]
    [InlineData("six communes", ChampsDemande.Communes, "Au plus 5 communes souhaitées.")]
    [InlineData(
        "commune inconnue",
        ChampsDemande.Communes,
        "Commune souhaitée inconnue : « 12345 » (code INSEE attendu)."
    )]
    [InlineData("commune en double", ChampsDemande.Communes, "Une commune souhaitée est indiquée deux fois.")]
    [InlineData(
        "sans typologie",
        ChampsDemande.TypologiePrincipale,
        "Choisissez une typologie principale (T1 à T6 et plus)."
    )]
    [InlineData(
        "deux typologies principales",
        ChampsDemande.TypologiePrincipale,
        "Choisissez une typologie principale (T1 à T6 et plus)."
    )]
    [InlineData(
        "principale non acceptee",
        ChampsDemande.Typologies,
        "La typologie principale doit faire partie des typologies acceptées."
    )]
    [InlineData("depot futur", ChampsDemande.DateDepot, "La date de dépôt ne peut pas être dans le futur.")]
    [InlineData("depot ancien", ChampsDemande.DateDepot, "La date de dépôt doit être postérieure au 01/01/1990.")]
    [InlineData(
        "renouvellement avant depot",
        ChampsDemande.DateRenouvellement,
        "Le renouvellement ne peut pas précéder le dépôt."
    )]
    [InlineData(
        "renouvellement futur",
        ChampsDemande.DateRenouvellement,
        "La date de renouvellement ne peut pas être dans le futur."
    )]
    [InlineData("active radiee", ChampsDemande.Statut, "Une demande active n'a ni date ni motif de radiation.")]
    [InlineData("radiee sans date", ChampsDemande.DateRadiation, "Indiquez la date de radiation.")]
    [InlineData(
        "radiee future",
        ChampsDemande.DateRadiation,
        "La date de radiation doit être entre le dépôt et aujourd'hui."
    )]
    [InlineData(
        "radiee sans motif",
        ChampsDemande.Statut,
        "Indiquez le motif de radiation (une attribution rend la demande satisfaite)."
    )]
    [InlineData(
        "radiee pour attribution",
        ChampsDemande.Statut,
        "Indiquez le motif de radiation (une attribution rend la demande satisfaite)."
    )]
    [InlineData("satisfaite autre motif", ChampsDemande.Statut, "Une demande satisfaite est radiée pour attribution.")]
    [InlineData(
        "satisfaite sans commune",
        ChampsDemande.CommuneAttribution,
        "Indiquez la commune du logement attribué."
    )]
    [InlineData(
        "satisfaite commune inconnue",
        ChampsDemande.CommuneAttribution,
        "Commune d'attribution inconnue : « 99999 »."
    )]
    [InlineData(
        "active avec commune d'attribution",
        ChampsDemande.CommuneAttribution,
        "Seule une demande satisfaite (radiée pour attribution) a une commune d'attribution."
    )]
    [InlineData(
        "radiee avec commune d'attribution",
        ChampsDemande.CommuneAttribution,
        "Seule une demande satisfaite (radiée pour attribution) a une commune d'attribution."
    )]
    public void Chaque_regle_signale_son_champ_en_francais(string cas, string champ, string message)
    {
        var d = Valide();
        Alterations[cas](d);
        var erreurs = ValidationDemande.Valider(d, Aujourdhui, Connues.Contains);
        Assert.Contains(new ErreurChamp(champ, message), erreurs);
    }

    [Fact]
    public void Chaque_alteration_est_couverte_par_un_cas() => Assert.Equal(42, Alterations.Count);
}

public class AccesDemandesTests
{
    private static Organisation Org(
        int id,
        TypeOrganisation type,
        NiveauPerimetre niveau,
        string code,
        string dep,
        string reg
    ) =>
        new()
        {
            Id = id,
            Nom = $"Organisation {id}",
            Type = type,
            PerimetreNiveau = niveau,
            PerimetreCode = code,
            DepartementCode = dep,
            RegionCode = reg,
        };

    private static readonly Organisation[] Organisations =
    [
        Org(1, TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", "30", "76"),
        Org(2, TypeOrganisation.Dreal, NiveauPerimetre.Region, "76", "30", "76"),
        Org(3, TypeOrganisation.Epci, NiveauPerimetre.Epci, "243000643", "30", "76"),
        Org(4, TypeOrganisation.Commune, NiveauPerimetre.Commune, "30189", "30", "76"),
        Org(5, TypeOrganisation.Commune, NiveauPerimetre.Commune, "30007", "30", "76"),
        Org(6, TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", "30", "76"),
        Org(7, TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "34", "34", "76"),
        Org(8, TypeOrganisation.Reservataire, NiveauPerimetre.Departement, "30", "30", "76"),
        Org(9, TypeOrganisation.Financeur, NiveauPerimetre.Region, "76", "30", "76"),
        Org(10, TypeOrganisation.Bailleur, NiveauPerimetre.National, "FR", "75", "11"),
        Org(11, TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "34", "34", "76"),
    ];

    private static DemandeLogement D(long id, int? guichet, string? commune, string? epci, string dep) =>
        new()
        {
            Id = id,
            NumeroUnique = $"N{id}",
            GuichetId = guichet,
            CommunePrincipaleCode = commune,
            EpciSiren = epci,
            DepartementCode = dep,
        };

    private static readonly DemandeLogement[] Demandes =
    [
        D(1, 6, "30189", "243000643", "30"), // bailleur du Gard, premier choix Nîmes
        D(2, 4, "30007", "243000585", "30"), // enregistrée par Nîmes, premier choix Alès
        D(3, null, "30007", "243000585", "30"), // extrait national, Alès
        D(4, 7, "34172", "243400017", "34"), // bailleur de l'Hérault
        D(5, 7, "30189", "243000643", "30"), // bailleur de l'Hérault, premier choix Nîmes
        D(6, null, null, null, "30"), // sans commune souhaitée
        D(7, 10, "75056", null, "75"), // bailleur national
    ];

    public static TheoryData<int, Role, Acte> Cas()
    {
        var cas = new TheoryData<int, Role, Acte>();
        foreach (var o in Organisations)
        foreach (var role in Enum.GetValues<Role>())
        foreach (var acte in Enum.GetValues<Acte>())
            cas.Add(o.Id, role, acte);
        return cas;
    }

    // CCH L441-2-1 : le filtre SQL du registre sélectionne exactement
    // les demandes que Habilitations.Autorise accepte une à une.
    [Theory]
    [MemberData(nameof(Cas))]
    public void Le_filtre_du_registre_equivaut_a_Autorise(int acteurId, Role role, Acte acte)
    {
        var acteur = Acteur.De(Organisations.Single(o => o.Id == acteurId), role);
        var filtre = AccesDemandes.Filtre(acteur, acte).Compile();
        var attendues = Demandes
            .Where(d => Habilitations.Autorise(acteur, Ressource.Demandes, acte, d.Cible()))
            .Select(d => d.Id);
        Assert.Equal(attendues, Demandes.Where(filtre).Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Cas))]
    public void Les_deux_parties_du_filtre_rendent_les_memes_demandes_que_le_filtre(int acteurId, Role role, Acte acte)
    {
        // Le registre peut n'appliquer que le territoire (ADR 0019) : guichet ∪ territoire doit être le filtre entier.
        var acteur = Acteur.De(Organisations.Single(o => o.Id == acteurId), role);
        var parties = AccesDemandes.Parties(acteur, acte);
        var territoire = parties.Territoire?.Compile();
        var reunion = Demandes.Where(d =>
            (parties.ParGuichet && d.GuichetId == acteur.OrganisationId) || (territoire?.Invoke(d) ?? false)
        );
        Assert.Equal(
            Demandes.Where(AccesDemandes.Filtre(acteur, acte).Compile()).Select(d => d.Id),
            reunion.Select(d => d.Id)
        );
    }

    [Theory]
    [InlineData(4, Acte.Lire, new long[] { 1, 2, 5 })] // la commune : son premier choix et ce qu'elle a enregistré
    [InlineData(3, Acte.Lire, new long[] { 1, 5 })] // l'EPCI : son territoire
    [InlineData(3, Acte.Modifier, new long[] { })] // l'EPCI ne modifie pas
    [InlineData(8, Acte.Lire, new long[] { 1, 2, 3, 5, 6 })] // le réservataire lit le département
    [InlineData(8, Acte.Modifier, new long[] { })]
    [InlineData(7, Acte.Modifier, new long[] { 4, 5 })] // un bailleur de l'Hérault : son département et ses demandes
    public void Exemples_de_perimetres(int acteurId, Acte acte, long[] attendues)
    {
        var acteur = Acteur.De(Organisations.Single(o => o.Id == acteurId), Role.Agent);
        Assert.Equal(attendues, Demandes.Where(AccesDemandes.Filtre(acteur, acte).Compile()).Select(d => d.Id));
    }
}
