using C = Pilotis.Domain.Financement.Equilibre.CatalogueParametresFinanciers;

namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// La loi actuelle et les propositions nationales de l'atelier du Gard (seed 001, II §2 a et c), côte à côte.
/// </summary>
public static class ScenariosEquilibre
{
    public const string CodeLoiActuelle = "loi-actuelle";

    public static readonly ScenarioEquilibre LoiActuelle = new(
        CodeLoiActuelle,
        "Loi actuelle",
        "Les paramètres en vigueur.",
        [],
        false
    );

    public static readonly ScenarioEquilibre TvaReduite = new(
        "tva-5-5",
        "TVA à 5,5 % pour le PLUS",
        "Le PLUS au taux réduit du PLAI (5,5 % au lieu de 10 %) sur les travaux, honoraires et VRD.",
        [new(C.TvaPlus, C.TvaPlusProposition)],
        false
    );

    public static readonly ScenarioEquilibre SansGarantie = new(
        "sans-garantie",
        "Sans coût de garantie d'emprunt",
        "La garantie des prêts ne coûte plus rien au bailleur.",
        [new(C.CoutGarantie, null, 0m)],
        false
    );

    public static readonly ScenarioEquilibre RlsRevue = new(
        "rls",
        "RLS révisée",
        "La réduction de loyer de solidarité ramenée au montant de la proposition.",
        [new(C.Rls, C.RlsProposition)],
        false
    );

    public static readonly ScenarioEquilibre ZonageAbc = new(
        "zonage-abc",
        "Loyers plafonds au zonage ABC",
        "Les loyers maximaux lus dans le zonage A bis/A/B1/B2/C au lieu du zonage 1/2/3.",
        [],
        true
    );

    public static readonly ScenarioEquilibre AbattementFoncier = new(
        "abattement-foncier",
        "Abattement sur les plus-values renforcé",
        "Un abattement plus fort sur la plus-value du vendeur d'un terrain au bailleur baisse la charge foncière.",
        [new(C.AbattementPlusValues, C.AbattementPlusValuesProposition)],
        false
    );

    public static readonly ScenarioEquilibre Ensemble = new(
        "ensemble",
        "Toutes les propositions",
        "Les cinq propositions ensemble.",
        [
            new(C.TvaPlus, C.TvaPlusProposition),
            new(C.CoutGarantie, null, 0m),
            new(C.Rls, C.RlsProposition),
            new(C.AbattementPlusValues, C.AbattementPlusValuesProposition),
        ],
        true
    );

    /// <summary>Dans l'ordre d'affichage : la loi actuelle d'abord.</summary>
    public static readonly IReadOnlyList<ScenarioEquilibre> Tous =
    [
        LoiActuelle,
        TvaReduite,
        SansGarantie,
        RlsRevue,
        ZonageAbc,
        AbattementFoncier,
        Ensemble,
    ];

    public static ScenarioEquilibre? Trouver(string? code) => Tous.FirstOrDefault(s => s.Code == code);
}
