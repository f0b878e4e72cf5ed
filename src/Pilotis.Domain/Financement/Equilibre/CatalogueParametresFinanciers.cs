using Pilotis.Domain.Production;

namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Les paramètres de l'équilibre d'opération et leurs valeurs semées. Les valeurs qu'aucun texte vérifié ici ne
/// confirme sont marquées « à confirmer » ; la DDTM les corrige en ajoutant une ligne datée (page
/// /financement/parametres).
/// </summary>
public static class CatalogueParametresFinanciers
{
    public const string LivretA = "livret_a";
    public const string MargePlai = "marge_pret.plai";
    public const string MargePlus = "marge_pret.plus";
    public const string MargePls = "marge_pret.pls";
    public const string MargeFoncier = "marge_pret.foncier";
    public const string DureePretConstruction = "duree_pret.construction";
    public const string DureePretFoncier = "duree_pret.foncier";
    public const string TvaPlai = "tva.plai";
    public const string TvaPlus = "tva.plus";
    public const string TvaPls = "tva.pls";
    public const string TvaPlusProposition = "tva.plus.proposition";
    public const string CoefficientStructureBase = "coefficient_structure.base";
    public const string CoefficientStructureSurface = "coefficient_structure.surface";
    public const string CoefficientStructureMaximum = "coefficient_structure.maximum";
    public const string TauxVacance = "taux_vacance";
    public const string FraisGestion = "frais_gestion";
    public const string Entretien = "entretien";
    public const string TfpbParLogement = "tfpb";
    public const string DureeExonerationTfpb = "duree_exoneration_tfpb";
    public const string Rls = "rls";
    public const string RlsProposition = "rls.proposition";
    public const string CoutGarantie = "cout_garantie";
    public const string AbattementPlusValues = "abattement_plus_values";
    public const string AbattementPlusValuesProposition = "abattement_plus_values.proposition";
    public const string TauxImpositionPlusValues = "taux_imposition_plus_values";
    public const string PartPlusValueFoncier = "part_plus_value_foncier";
    public const string EvolutionLoyersCharges = "evolution_loyers_charges";
    public const string FondsPropresMaximum = "fonds_propres_maximum";

    public static readonly IReadOnlyList<string> Zones123 = ["1bis", "1", "2", "3"];
    public static readonly IReadOnlyList<string> ZonesAbc = ["Abis", "A", "B1", "B2", "C"];

    private static readonly DateOnly Debut2025 = new(2025, 1, 1);
    private const string AvisLoyers =
        "Avis relatif à la fixation des loyers et redevances maximaux des conventions (CCH L353-2), loyers 2025";
    private const string HypotheseAbc =
        "Proposition de l'atelier du Gard (seed 001, II §2 c) : hypothèse d'alignement sur le zonage ABC";

    /// <summary>Code du plafond de loyer d'un produit locatif dans une zone (1/2/3 ou ABC).</summary>
    public static string PlafondLoyer(Produit produit, string zone) => $"plafond_loyer.{ProduitLoyer(produit)}.{zone}";

    /// <summary>Le PLAI adapté suit les plafonds du PLAI (DOMAIN §2).</summary>
    public static string ProduitLoyer(Produit produit) =>
        produit switch
        {
            Produit.Plai or Produit.PlaiAdapte => "plai",
            Produit.Plus => "plus",
            Produit.Pls => "pls",
            _ => throw new ArgumentOutOfRangeException(nameof(produit), produit, "Produit d'accession sans loyer."),
        };

    public static readonly IReadOnlyList<DefinitionParametreFinancier> Definitions = Construire();

    private static readonly Dictionary<string, DefinitionParametreFinancier> ParCode = Definitions.ToDictionary(d =>
        d.Code
    );

    public static DefinitionParametreFinancier? Trouver(string? code) =>
        code is not null && ParCode.TryGetValue(code, out var d) ? d : null;

    private static List<DefinitionParametreFinancier> Construire()
    {
        var liste = new List<DefinitionParametreFinancier>();
        Prets(liste);
        DureesEtGarantie(liste);
        Tva(liste);
        Loyers(liste);
        Exploitation(liste);
        FiscaliteEtSeuil(liste);
        Foncier(liste);
        return liste;
    }

    private static DefinitionParametreFinancier D(
        string code,
        string groupe,
        string libelle,
        UniteParametre unite,
        decimal valeur,
        string source,
        bool aConfirmer,
        DateOnly? depuis = null
    ) =>
        unite switch
        {
            UniteParametre.Taux => new(
                code,
                groupe,
                libelle,
                unite,
                -0.05m,
                1m,
                valeur,
                depuis ?? Debut2025,
                source,
                aConfirmer
            ),
            UniteParametre.EurosParM2 => new(
                code,
                groupe,
                libelle,
                unite,
                0m,
                50m,
                valeur,
                depuis ?? Debut2025,
                source,
                aConfirmer
            ),
            UniteParametre.EurosParLogement => new(
                code,
                groupe,
                libelle,
                unite,
                0m,
                200_000m,
                valeur,
                depuis ?? Debut2025,
                source,
                aConfirmer
            ),
            UniteParametre.Annees => new(
                code,
                groupe,
                libelle,
                unite,
                0m,
                100m,
                valeur,
                depuis ?? Debut2025,
                source,
                aConfirmer
            ),
            _ => new(code, groupe, libelle, unite, 0m, 1_000m, valeur, depuis ?? Debut2025, source, aConfirmer),
        };

    private static void Prets(List<DefinitionParametreFinancier> l)
    {
        const string g = "Prêts de la Caisse des dépôts";
        l.Add(
            D(
                LivretA,
                g,
                "Taux du Livret A",
                UniteParametre.Taux,
                0.017m,
                "Taux du Livret A au 1er août 2025 (arrêté du ministre de l'économie, CMF R221-5)",
                true,
                new DateOnly(2025, 8, 1)
            )
        );
        l.Add(
            D(
                MargePlai,
                g,
                "Marge du prêt PLAI sur le Livret A",
                UniteParametre.Taux,
                -0.002m,
                "Conditions financières des prêts de la Banque des Territoires (PLAI : Livret A − 0,20 point)",
                true
            )
        );
        l.Add(
            D(
                MargePlus,
                g,
                "Marge du prêt PLUS sur le Livret A",
                UniteParametre.Taux,
                0.006m,
                "Conditions financières des prêts de la Banque des Territoires (PLUS : Livret A + 0,60 point)",
                true
            )
        );
        l.Add(
            D(
                MargePls,
                g,
                "Marge du prêt PLS sur le Livret A",
                UniteParametre.Taux,
                0.0111m,
                "Conditions financières des prêts de la Banque des Territoires (PLS : Livret A + 1,11 point)",
                true
            )
        );
        l.Add(
            D(
                MargeFoncier,
                g,
                "Marge du prêt foncier sur le Livret A",
                UniteParametre.Taux,
                0.006m,
                "Conditions financières des prêts de la Banque des Territoires (prêt foncier : Livret A + 0,60 point)",
                true
            )
        );
    }

    private static void DureesEtGarantie(List<DefinitionParametreFinancier> l)
    {
        const string g = "Prêts de la Caisse des dépôts";
        l.Add(
            D(
                DureePretConstruction,
                g,
                "Durée des prêts construction",
                UniteParametre.Annees,
                40m,
                "Prêts PLAI, PLUS, PLS de la Caisse des dépôts : 40 ans (DOMAIN §2)",
                false
            )
        );
        l.Add(
            D(
                DureePretFoncier,
                g,
                "Durée des prêts fonciers",
                UniteParametre.Annees,
                60m,
                "Prêts fonciers de la Caisse des dépôts : 50 à 80 ans, 60 ans retenus",
                true
            )
        );
        l.Add(
            D(
                CoutGarantie,
                g,
                "Coût de la garantie d'emprunt (part du capital emprunté)",
                UniteParametre.Taux,
                0.02m,
                "Garantie d'emprunt (CGCT L2252-2 ; à défaut CGLLS) : commission ou contreparties estimées à 2 %",
                true
            )
        );
    }

    private static void Tva(List<DefinitionParametreFinancier> l)
    {
        const string g = "TVA sur le prix de revient";
        l.Add(
            D(
                TvaPlai,
                g,
                "TVA des opérations PLAI",
                UniteParametre.Taux,
                0.055m,
                "CGI art. 278 sexies : taux réduit de 5,5 % pour les logements financés en PLAI",
                false
            )
        );
        l.Add(
            D(
                TvaPlus,
                g,
                "TVA des opérations PLUS",
                UniteParametre.Taux,
                0.10m,
                "CGI art. 279-0 bis A et 278 sexies-0 A : 10 % pour le PLUS hors cas particuliers",
                true
            )
        );
        l.Add(
            D(
                TvaPls,
                g,
                "TVA des opérations PLS",
                UniteParametre.Taux,
                0.10m,
                "CGI art. 278 sexies-0 A : taux intermédiaire de 10 % pour le PLS",
                true
            )
        );
        l.Add(
            D(
                TvaPlusProposition,
                g,
                "TVA des opérations PLUS (proposition)",
                UniteParametre.Taux,
                0.055m,
                "Proposition de l'atelier du Gard (seed 001, II §2 c) : TVA à 5,5 % pour le PLUS comme pour le PLAI",
                false
            )
        );
    }

    private static void Loyers(List<DefinitionParametreFinancier> l)
    {
        // Loyers maximaux mensuels en €/m² SU par zone 1 bis, 1, 2, 3 ; le PLS vaut 1,5 fois le PLUS.
        var plafonds = new Dictionary<string, decimal[]>
        {
            ["plai"] = [6.55m, 6.16m, 5.40m, 5.01m],
            ["plus"] = [7.36m, 6.92m, 6.08m, 5.64m],
            ["pls"] = [11.04m, 10.38m, 9.12m, 8.46m],
        };
        const string g = "Plafonds de loyer (€/m² SU par mois)";
        foreach (var (produit, valeurs) in plafonds)
        {
            var p = produit.ToUpperInvariant();
            for (var i = 0; i < Zones123.Count; i++)
                l.Add(
                    D(
                        $"plafond_loyer.{produit}.{Zones123[i]}",
                        g,
                        $"Loyer maximal {p}, zone {Zones123[i]}",
                        UniteParametre.EurosParM2,
                        valeurs[i],
                        AvisLoyers,
                        true
                    )
                );
            // Hypothèse ABC : A bis et A comme 1 bis et 1, B1 10 % au-dessus de la zone 2, B2 comme 2, C comme 3.
            decimal[] abc = [valeurs[0], valeurs[1], Math.Round(valeurs[2] * 1.10m, 2), valeurs[2], valeurs[3]];
            for (var i = 0; i < ZonesAbc.Count; i++)
                l.Add(
                    D(
                        $"plafond_loyer.{produit}.{ZonesAbc[i]}",
                        g,
                        $"Loyer maximal {p}, zone {ZonesAbc[i]}",
                        UniteParametre.EurosParM2,
                        abc[i],
                        HypotheseAbc,
                        true
                    )
                );
        }
        const string cs = "Coefficient de structure";
        const string sourceCs = "Coefficient de structure des conventions APL : CS = 0,77 × (1 + 20 / SU moyenne)";
        l.Add(
            D(
                CoefficientStructureBase,
                cs,
                "Coefficient de structure : facteur",
                UniteParametre.Coefficient,
                0.77m,
                sourceCs,
                false
            )
        );
        l.Add(
            D(
                CoefficientStructureSurface,
                cs,
                "Coefficient de structure : surface (m²)",
                UniteParametre.Coefficient,
                20m,
                sourceCs,
                false
            )
        );
        l.Add(
            D(
                CoefficientStructureMaximum,
                cs,
                "Coefficient de structure : maximum",
                UniteParametre.Coefficient,
                1.2m,
                sourceCs + ", plafonné à 1,2",
                true
            )
        );
    }

    private static void Exploitation(List<DefinitionParametreFinancier> l)
    {
        const string g = "Exploitation";
        l.Add(
            D(
                TauxVacance,
                g,
                "Vacance et impayés (part des loyers)",
                UniteParametre.Taux,
                0.03m,
                "Hypothèse courante des fiches d'équilibre des bailleurs : 3 %",
                true
            )
        );
        l.Add(
            D(
                FraisGestion,
                g,
                "Frais de gestion par logement et par an",
                UniteParametre.EurosParLogement,
                900m,
                "Ratios de gestion des organismes HLM (ordre de grandeur) : 900 € par logement et par an",
                true
            )
        );
        l.Add(
            D(
                Entretien,
                g,
                "Entretien courant et gros entretien par logement et par an",
                UniteParametre.EurosParLogement,
                650m,
                "Ratios de gestion des organismes HLM (ordre de grandeur) : 650 € par logement et par an",
                true
            )
        );
        l.Add(
            D(
                TfpbParLogement,
                g,
                "Taxe foncière après exonération, par logement et par an",
                UniteParametre.EurosParLogement,
                750m,
                "CGI art. 1380 : ordre de grandeur de 750 € par logement",
                true
            )
        );
    }

    private static void FiscaliteEtSeuil(List<DefinitionParametreFinancier> l)
    {
        const string g = "Exploitation";
        l.Add(
            D(
                DureeExonerationTfpb,
                g,
                "Durée d'exonération de taxe foncière",
                UniteParametre.Annees,
                25m,
                "CGI art. 1384 A : exonération de 25 ans pour les logements agréés jusqu'au 31 décembre 2026",
                false
            )
        );
        l.Add(
            D(
                Rls,
                g,
                "Réduction de loyer de solidarité par logement et par an",
                UniteParametre.EurosParLogement,
                300m,
                "CCH L442-2-1 : RLS moyenne estimée (1,3 Md€ pour environ 4,5 millions de logements)",
                true
            )
        );
        l.Add(
            D(
                RlsProposition,
                g,
                "Réduction de loyer de solidarité par logement et par an (proposition)",
                UniteParametre.EurosParLogement,
                150m,
                "Proposition de l'atelier du Gard (seed 001, II §2 c ; Cour des comptes 2020) : RLS réduite de moitié",
                true
            )
        );
        l.Add(
            D(
                EvolutionLoyersCharges,
                g,
                "Évolution annuelle des loyers et des charges",
                UniteParametre.Taux,
                0.01m,
                "Hypothèse : indice de référence des loyers (CCH L353-9-2) de 1 % par an",
                true
            )
        );
        l.Add(
            D(
                FondsPropresMaximum,
                g,
                "Fonds propres mobilisables par logement (seuil d'équilibre)",
                UniteParametre.EurosParLogement,
                40_000m,
                "Hypothèse : au-delà de 40 000 € de fonds propres par logement, l'opération n'est pas équilibrée",
                true
            )
        );
    }

    private static void Foncier(List<DefinitionParametreFinancier> l)
    {
        const string g = "Foncier";
        l.Add(
            D(
                AbattementPlusValues,
                g,
                "Abattement sur les plus-values des terrains cédés aux bailleurs",
                UniteParametre.Taux,
                0.30m,
                "Seed 001, II §2 a : « actuellement abattement de 30 % sur les plus-values »",
                true
            )
        );
        l.Add(
            D(
                AbattementPlusValuesProposition,
                g,
                "Abattement sur les plus-values (proposition)",
                UniteParametre.Taux,
                0.70m,
                "Proposition de l'atelier du Gard (seed 001, II §2 a) : hypothèse de 70 %",
                true
            )
        );
        l.Add(
            D(
                TauxImpositionPlusValues,
                g,
                "Imposition des plus-values immobilières",
                UniteParametre.Taux,
                0.362m,
                "CGI art. 200 B (19 %) et prélèvements sociaux (17,2 %)",
                false
            )
        );
        l.Add(
            D(
                PartPlusValueFoncier,
                g,
                "Part de la plus-value dans le prix du terrain",
                UniteParametre.Taux,
                0.60m,
                "Hypothèse : la plus-value représente 60 % du prix de cession",
                true
            )
        );
    }
}
